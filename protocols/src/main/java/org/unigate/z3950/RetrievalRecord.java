package org.unigate.z3950;

import java.util.Objects;
import org.unigate.ber.External;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;

/**
 * A retrieval record: the EXTERNAL of a NamePlusRecord, typed by its record syntax. MARC,
 * XML and other octet syntaxes are {@link Encoded}; SUTRS and OPAC are ASN.1 types of their
 * own; anything else stays an {@link Other} EXTERNAL.
 */
public sealed interface RetrievalRecord extends NamePlusRecord.Content
        permits RetrievalRecord.Encoded, RetrievalRecord.Sutrs, OpacRecord, RetrievalRecord.Other {

    /** The record syntax OID. */
    Oid syntax();

    /** Octet-aligned data in {@code syntax}: ISO 2709 MARC, XML, JSON, ... */
    record Encoded(Oid syntax, Octets data) implements RetrievalRecord {
        public Encoded {
            Objects.requireNonNull(syntax, "syntax");
            Objects.requireNonNull(data, "data");
        }

        public static Encoded usmarc(byte[] iso2709) {
            return new Encoded(RecordSyntax.USMARC, Octets.wrap(iso2709));
        }

        public static Encoded xml(String xml) {
            return new Encoded(RecordSyntax.XML, Octets.utf8(xml));
        }
    }

    /** SUTRS: plain text, lines ended by LF. */
    record Sutrs(String text) implements RetrievalRecord {
        public Sutrs {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Oid syntax() {
            return RecordSyntax.SUTRS;
        }
    }

    /** A record in a syntax Unigate does not interpret (GRS-1, Explain, ...). */
    record Other(External external) implements RetrievalRecord {
        public Other {
            Objects.requireNonNull(external, "external");
        }

        @Override
        public Oid syntax() {
            return external.directReference();
        }
    }
}
