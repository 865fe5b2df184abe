package org.unigate.federation;

import java.util.List;
import java.util.Objects;

/** Counts of union records by one property, most frequent first. */
public record Facet(String name, List<Value> values) {

    public static final String MEMBER = "member";
    public static final String LANGUAGE = "language";
    public static final String DECADE = "decade";
    public static final String FORMAT = "format";

    public record Value(String value, long count) {
        public Value {
            Objects.requireNonNull(value, "value");
        }
    }

    public Facet {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    public long count(String value) {
        return values.stream().filter(v -> v.value().equals(value)).mapToLong(Value::count).findFirst().orElse(0);
    }
}
