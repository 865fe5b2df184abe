package org.unigate.z3950.server;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.unigate.ber.Oid;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.ElementSetNames;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.RecordComposition;
import org.unigate.z3950.RecordSyntax;

/**
 * How records are to be sent: the record syntax (USMARC/MARC21 as ISO 2709, MARCXML, SUTRS or
 * OPAC; USMARC when the client names none) and the element set, F (full) or B (brief).
 * Anything else is refused before a record is fetched: diagnostic 239 naming the syntax's OID,
 * 25 naming the element set.
 */
record RecordSpec(Oid syntax, ElementSet elements) {

    static final Set<Oid> SYNTAXES = Set.of(RecordSyntax.USMARC, RecordSyntax.XML, RecordSyntax.APPLICATION_XML,
            RecordSyntax.SUTRS, RecordSyntax.OPAC);

    enum ElementSet { FULL, BRIEF }

    RecordSpec {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(elements, "elements");
    }

    static RecordSpec of(Oid requestedSyntax, ElementSetNames names) {
        return new RecordSpec(syntax(requestedSyntax), elements(name(names)));
    }

    static RecordSpec of(PresentRequest request) {
        String name = null;
        if (request.recordComposition() instanceof RecordComposition.Simple simple) {
            name = name(simple.elementSetNames());
        } else if (request.recordComposition() instanceof RecordComposition.Complex complex) {
            name = complex.generic() != null ? complex.generic().elementSetName()
                    : complex.dbSpecific().get(0).specification().elementSetName();
        }
        return new RecordSpec(syntax(request.requestedSyntax()), elements(name));
    }

    private static Oid syntax(Oid requested) {
        if (requested == null) {
            return RecordSyntax.USMARC;
        }
        if (!SYNTAXES.contains(requested)) {
            throw Bib1.failure(Bib1.RECORD_SYNTAX_UNSUPPORTED, requested.toString());
        }
        return requested;
    }

    /** The generic name, or the first database's: every database gets the same records. */
    private static String name(ElementSetNames names) {
        if (names instanceof ElementSetNames.Generic g) {
            return g.name();
        }
        if (names instanceof ElementSetNames.DatabaseSpecific d && !d.names().isEmpty()) {
            return d.names().get(0).elementSetName();
        }
        return null;
    }

    private static ElementSet elements(String name) {
        if (name == null || name.isBlank()) {
            return ElementSet.FULL;
        }
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "F" -> ElementSet.FULL;
            case "B" -> ElementSet.BRIEF;
            default -> throw Bib1.failure(Bib1.ELEMENT_SET_NAME_NOT_VALID, name);
        };
    }
}
