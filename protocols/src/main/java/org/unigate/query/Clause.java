package org.unigate.query;

import java.util.Objects;

/**
 * A search clause: {@code index relation term}, e.g. {@code dc.title = "red chamber"}.
 * The term is in CQL term syntax without the surrounding quotes: {@code *} and {@code ?} are
 * masking characters, {@code ^} anchors, and a backslash escapes the next character (so a
 * literal asterisk is {@code \*}). {@link Terms} reads it; RPN translation writes truncation
 * attributes as masks, so every front end yields the same tree.
 */
public record Clause(String index, Relation relation, String term) implements Query {

    /** The index CQL uses when the client names none. */
    public static final String SERVER_CHOICE = "cql.serverChoice";

    public Clause {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(term, "term");
    }

    public static Clause of(String index, String term) {
        return new Clause(index, Relation.EQ, term);
    }

    public static Clause of(String index, String relation, String term) {
        return new Clause(index, Relation.of(relation), term);
    }

    public StandardIndex standardIndex() {
        return StandardIndex.of(index);
    }
}
