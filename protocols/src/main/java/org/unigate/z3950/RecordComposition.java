package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Oid;

/** A present request's recordComposition: element set names, or a CompSpec (version 3). */
public sealed interface RecordComposition {

    record Simple(ElementSetNames elementSetNames) implements RecordComposition {
        public Simple {
            Objects.requireNonNull(elementSetNames, "elementSetNames");
        }
    }

    /** CompSpec; at least one of generic and dbSpecific. */
    record Complex(boolean selectAlternativeSyntax, Specification generic, List<DatabaseSpecification> dbSpecific,
                   List<Oid> recordSyntax) implements RecordComposition {
        public Complex {
            dbSpecific = Lists.copy(dbSpecific);
            recordSyntax = Lists.copy(recordSyntax);
            if (generic == null && dbSpecific.isEmpty()) {
                throw new IllegalArgumentException("CompSpec needs a generic or a database-specific specification");
            }
        }
    }

    record DatabaseSpecification(String database, Specification specification) {
        public DatabaseSpecification {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(specification, "specification");
        }
    }
}
