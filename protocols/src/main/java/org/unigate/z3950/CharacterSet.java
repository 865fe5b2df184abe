package org.unigate.z3950;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.unigate.ber.External;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;

/**
 * A character set as proposed or selected in Z39.50 Character Set and Language Negotiation
 * (version 3). ISO 10646 forms are named by their encoding-level OID (1.0.10646.1.0.form);
 * YAZ names any other charset with a private EXTERNAL (OID 1.2.840.10003.15.1000.81.1)
 * whose octets are the charset's name, e.g. {@code ISO-8859-1}.
 */
public sealed interface CharacterSet {

    Oid ISO10646_FORMS = Oid.of("1.0.10646.1.0");
    Oid YAZ_CHARSET_NAME = Oid.of("1.2.840.10003.15.1000.81.1");

    /** The charset's name (UTF-8, UCS-2, or a YAZ private name), or null if it has none. */
    String name();

    /** A charset by name, as YAZ proposes it: ISO 10646 for UTF-8/UTF-16/UCS-2/UCS-4, else private. */
    static CharacterSet named(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        int form = switch (upper) {
            case "UTF-8", "UTF8" -> 8;
            case "UTF-16" -> 5;
            case "UCS-2" -> 2;
            case "UCS-4" -> 4;
            default -> 0;
        };
        if (form != 0) {
            return new Iso10646(null, Oid.of(ISO10646_FORMS + "." + form));
        }
        return new PrivateExternal(External.octetAligned(YAZ_CHARSET_NAME, Octets.utf8(name)));
    }

    static CharacterSet utf8() {
        return named("UTF-8");
    }

    /** ISO 2022 proposals and responses, kept as their encoding: Unigate never selects them. */
    record Iso2022(Octets encoded) implements CharacterSet {
        public Iso2022 {
            Objects.requireNonNull(encoded, "encoded");
        }

        @Override
        public String name() {
            return null;
        }
    }

    record Iso10646(Oid collections, Oid encodingLevel) implements CharacterSet {
        public Iso10646 {
            Objects.requireNonNull(encodingLevel, "encodingLevel");
        }

        @Override
        public String name() {
            if (!encodingLevel.startsWith(ISO10646_FORMS) || encodingLevel.arcCount() != ISO10646_FORMS.arcCount() + 1) {
                return null;
            }
            long form = encodingLevel.arc(encodingLevel.arcCount() - 1);
            return form == 8 ? "UTF-8" : form == 5 ? "UTF-16" : form == 2 ? "UCS-2" : form == 4 ? "UCS-4" : null;
        }
    }

    record PrivateOids(List<Oid> oids) implements CharacterSet {
        public PrivateOids {
            oids = List.copyOf(oids);
        }

        @Override
        public String name() {
            return null;
        }
    }

    record PrivateExternal(External external) implements CharacterSet {
        public PrivateExternal {
            Objects.requireNonNull(external, "external");
        }

        @Override
        public String name() {
            if (YAZ_CHARSET_NAME.equals(external.directReference()) && external.encoding() instanceof External.OctetAligned o) {
                return o.data().text();
            }
            return null;
        }
    }

    record PreviouslyAgreed() implements CharacterSet {
        @Override
        public String name() {
            return null;
        }
    }

    /** Response only: no charset negotiation is in force. */
    record None() implements CharacterSet {
        @Override
        public String name() {
            return null;
        }
    }
}
