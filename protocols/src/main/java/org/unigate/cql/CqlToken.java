package org.unigate.cql;

/**
 * One lexical unit of a CQL query. Words and quoted strings keep their text in CQL term syntax:
 * quotes removed, backslash escapes and masks as written.
 */
record CqlToken(Kind kind, String text, int start) {

    enum Kind {
        /** An unquoted string: index, term, relation name, keyword or modifier. */
        WORD,
        /** A quoted string, without its quotes. */
        QUOTED,
        LPAREN,
        RPAREN,
        SLASH,
        /** A symbolic comparison: {@code = == <> < > <= >=}. */
        SYMBOL,
        EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isTerm() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** A bare word spelling one of CQL's reserved words, in any case. */
    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isBoolean() {
        return kind == Kind.WORD && booleanWord(text);
    }

    boolean isReserved() {
        return isBoolean() || isKeyword("sortby");
    }

    static boolean booleanWord(String word) {
        return word.length() <= 4 && (word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or")
                || word.equalsIgnoreCase("not") || word.equalsIgnoreCase("prox"));
    }

    /** How an error message shows this token. */
    String describe() {
        return kind == Kind.EOF ? "end of query" : "\"" + shorten(text) + "\"";
    }

    private static String shorten(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "...";
    }
}
