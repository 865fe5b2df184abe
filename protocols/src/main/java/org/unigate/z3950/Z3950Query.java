package org.unigate.z3950;

import java.util.Objects;
import org.unigate.ber.Octets;
import org.unigate.rpn.RpnQuery;

/** The Query of a search request. */
public sealed interface Z3950Query {

    /** Type-1 (or its version 3 twin type-101) RPN query. */
    record Rpn(RpnQuery query, boolean type101) implements Z3950Query {
        public Rpn {
            Objects.requireNonNull(query, "query");
        }

        public static Rpn of(RpnQuery query) {
            return new Rpn(query, false);
        }
    }

    /** Type-2: ISO 8777 / CCL command text. */
    record Ccl(String text) implements Z3950Query {
        public Ccl {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Type-104 carrying CQL (EXTERNAL with OID 1.2.840.10003.16.2), as YAZ sends it. */
    record Cql(String cql) implements Z3950Query {
        public Cql {
            Objects.requireNonNull(cql, "cql");
        }
    }

    /**
     * A query Unigate cannot represent: another type (0, 100, 102, other type-104 syntaxes), or
     * an RPN query using features the RPN model lacks (result-set-plus-attributes operands,
     * date/external/unit terms, multi-valued complex attributes). Decoding keeps going so the
     * server can answer with a Bib-1 diagnostic; {@code element} is the query's own encoding,
     * {@code reason} says what is unsupported.
     */
    record Unsupported(int type, Octets element, String reason) implements Z3950Query {
        public Unsupported {
            Objects.requireNonNull(element, "element");
        }
    }
}
