package org.unigate.query;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation with its modifiers. The base is one of CQL's symbols ({@code = == <> < > <= >=})
 * or named relations ({@code adj all any within encloses exact scr}), kept lower-case, possibly
 * prefixed ({@code cql.adj}) as the client wrote it.
 */
public record Relation(String base, List<Modifier> modifiers) {

    public static final Relation EQ = new Relation("=", List.of());

    public Relation {
        Objects.requireNonNull(base, "base");
        base = base.toLowerCase(Locale.ROOT);
        modifiers = List.copyOf(modifiers);
    }

    public static Relation of(String base) {
        return new Relation(base, List.of());
    }

    /** The base without a {@code cql.} prefix. */
    public String name() {
        return base.startsWith("cql.") ? base.substring(4) : base;
    }

    public Optional<Modifier> modifier(String name) {
        return Modifier.find(modifiers, name);
    }
}
