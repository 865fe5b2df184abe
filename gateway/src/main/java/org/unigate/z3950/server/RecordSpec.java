package org.unigate.z3950.server;

import java.util.Objects;
import org.unigate.ber.Oid;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.ElementSetNames;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.RecordComposition;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Specification;

/**
 * How a client asked for its records: the record syntax (USMARC when it names none) and what to
 * put in them, as an element set name, a CompSpec schema, or both ({@link Specification}; none
 * of either is the full record). {@link Renditions} decides what that means.
 */
record RecordSpec(Oid syntax, Specification specification) {

    private static final Specification FULL = new Specification(null, null, null, null);

    RecordSpec {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(specification, "specification");
    }

    static RecordSpec of(Oid requestedSyntax, ElementSetNames names) {
        return new RecordSpec(syntax(requestedSyntax), named(name(names)));
    }

    static RecordSpec of(PresentRequest request) {
        Specification specification = FULL;
        if (request.recordComposition() instanceof RecordComposition.Simple simple) {
            specification = named(name(simple.elementSetNames()));
        } else if (request.recordComposition() instanceof RecordComposition.Complex complex) {
            // The generic specification, or the first database's: every database gets the same records.
            specification = complex.generic() != null ? complex.generic()
                    : complex.dbSpecific().get(0).specification();
            if (specification.externalEspec() != null) {
                throw Bib1.failure(Bib1.COMPSPEC_PARAMETER_UNSUPPORTED, "externalEspec");
            }
        }
        return new RecordSpec(syntax(request.requestedSyntax()), specification);
    }

    /** The element set name asked for; null for none. */
    String elementSetName() {
        String name = specification.elementSetName();
        return name == null || name.isBlank() ? null : name.strip();
    }

    private static Oid syntax(Oid requested) {
        return requested == null ? RecordSyntax.USMARC : requested;
    }

    private static Specification named(String elementSetName) {
        return elementSetName == null ? FULL : new Specification(null, null, elementSetName, null);
    }

    /** The generic name, or the first database's. */
    private static String name(ElementSetNames names) {
        if (names instanceof ElementSetNames.Generic g) {
            return g.name();
        }
        if (names instanceof ElementSetNames.DatabaseSpecific d && !d.names().isEmpty()) {
            return d.names().get(0).elementSetName();
        }
        return null;
    }
}
