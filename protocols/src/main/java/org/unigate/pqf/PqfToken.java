package org.unigate.pqf;

import java.util.Locale;

/**
 * One PQF token. {@code text} is the raw text with backslash escapes still in it (quotes or braces
 * removed); {@code offset} is where the token starts in the query, for error messages.
 */
record PqfToken(Kind kind, String text, int offset, boolean quoted) {

    enum Kind {
        WORD, AND, OR, NOT, PROX, ATTR, SET, ATTRSET, TERM_TYPE, END;

        /** The operator that introduces a query structure ({@code @and} ...), as written. */
        String spelling() {
            return switch (this) {
                case WORD -> "a term";
                case END -> "end of query";
                case TERM_TYPE -> "@term";
                default -> "@" + name().toLowerCase(Locale.ROOT);
            };
        }
    }

    /** How an error message names this token. */
    String describe() {
        return kind == Kind.WORD ? "\"" + text + "\"" : kind.spelling();
    }
}
