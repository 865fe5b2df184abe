package org.unigate.z3950;

import java.util.List;
import java.util.Objects;

/** ElementSetNames: one generic name (F, B, ...) or one per database. */
public sealed interface ElementSetNames {

    static ElementSetNames of(String name) {
        return new Generic(name);
    }

    record Generic(String name) implements ElementSetNames {
        public Generic {
            Objects.requireNonNull(name, "name");
        }
    }

    record DatabaseSpecific(List<DatabaseName> names) implements ElementSetNames {
        public DatabaseSpecific {
            names = List.copyOf(names);
        }
    }

    record DatabaseName(String database, String elementSetName) {
        public DatabaseName {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(elementSetName, "elementSetName");
        }
    }
}
