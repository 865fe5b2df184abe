package org.unigate.query;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A CQL modifier: {@code /name}, or {@code /name comparison value} (e.g. {@code /distance<=3}).
 * Comparison and value are null for a bare modifier.
 */
public record Modifier(String name, String comparison, String value) {

    public Modifier {
        Objects.requireNonNull(name, "name");
        if ((comparison == null) != (value == null)) {
            throw new IllegalArgumentException("comparison and value go together");
        }
    }

    public static Modifier of(String name) {
        return new Modifier(name, null, null);
    }

    public static Modifier of(String name, String comparison, String value) {
        return new Modifier(name, comparison, value);
    }

    /** The name without a context-set prefix, lower-case: {@code cql.distance} gives {@code distance}. */
    public String baseName() {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(dot + 1)).toLowerCase(Locale.ROOT);
    }

    static Optional<Modifier> find(List<Modifier> modifiers, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return modifiers.stream()
                .filter(m -> m.name().equalsIgnoreCase(wanted) || m.baseName().equals(wanted))
                .findFirst();
    }
}
