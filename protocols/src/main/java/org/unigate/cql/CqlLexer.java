package org.unigate.cql;

import java.util.ArrayList;
import java.util.List;
import org.unigate.cql.CqlToken.Kind;
import org.unigate.diag.Condition;

/**
 * Splits a CQL query into tokens. Words end at whitespace and at {@code ( ) = < > /}; a backslash
 * escapes the next character wherever it stands. Only ASCII whitespace separates, as in YAZ, so an
 * ideographic space stays inside a CJK term. Control characters and unpaired surrogates are
 * refused here, so nothing downstream has to guard against them.
 */
final class CqlLexer {

    private final String query;
    private final List<CqlToken> tokens = new ArrayList<>();
    private int pos;

    private CqlLexer(String query) {
        this.query = query;
    }

    /** All tokens of the query, ending with one {@link Kind#EOF}. */
    static List<CqlToken> tokenize(String query) {
        CqlLexer lexer = new CqlLexer(query);
        lexer.run();
        return lexer.tokens;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Characters that end an unquoted word. */
    static boolean isDelimiter(char c) {
        return isSpace(c) || c == '(' || c == ')' || c == '=' || c == '<' || c == '>' || c == '/';
    }

    private void run() {
        while (true) {
            while (pos < query.length() && isSpace(query.charAt(pos))) {
                pos++;
            }
            if (pos >= query.length()) {
                tokens.add(new CqlToken(Kind.EOF, "", query.length()));
                return;
            }
            tokens.add(next());
        }
    }

    private CqlToken next() {
        int start = pos;
        char c = query.charAt(pos);
        return switch (c) {
            case '(' -> single(Kind.LPAREN, "(");
            case ')' -> single(Kind.RPAREN, ")");
            case '/' -> single(Kind.SLASH, "/");
            case '=' -> symbol(start, followedBy('=') ? "==" : "=");
            case '<' -> symbol(start, followedBy('>') ? "<>" : followedBy('=') ? "<=" : "<");
            case '>' -> symbol(start, followedBy('=') ? ">=" : ">");
            case '"' -> quoted(start);
            default -> word(start);
        };
    }

    private CqlToken single(Kind kind, String text) {
        return new CqlToken(kind, text, pos++);
    }

    private boolean followedBy(char c) {
        return pos + 1 < query.length() && query.charAt(pos + 1) == c;
    }

    private CqlToken symbol(int start, String text) {
        pos += text.length();
        return new CqlToken(Kind.SYMBOL, text, start);
    }

    private CqlToken quoted(int start) {
        pos++;
        int from = pos;
        while (pos < query.length()) {
            char c = checked(pos);
            if (c == '"') {
                return new CqlToken(Kind.QUOTED, query.substring(from, pos++), start);
            }
            advance(c);
        }
        throw new CqlException(Condition.QUERY_SYNTAX_ERROR,
                "unterminated quoted string starting at position " + start, start);
    }

    private CqlToken word(int start) {
        boolean canonical = true;
        while (pos < query.length() && !isDelimiter(query.charAt(pos))) {
            char c = checked(pos);
            canonical &= c != '"' && !(c == '\\' && pos + 1 == query.length());
            advance(c);
        }
        String text = query.substring(start, pos);
        return new CqlToken(Kind.WORD, canonical ? text : canonicalWord(text), start);
    }

    /** Moves past one character, or past an escape pair whole, so an escaped quote or delimiter stays inside. */
    private void advance(char c) {
        if (c == '\\' && pos + 1 < query.length()) {
            checked(pos + 1);
            pos += 2;
        } else {
            pos++;
        }
    }

    /**
     * A quote inside a word is literal (YAZ agrees) and so is a trailing backslash (see Terms);
     * both are stored escaped so the term is in canonical term syntax.
     */
    private static String canonicalWord(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\\' && i + 1 < word.length()) {
                out.append(c).append(word.charAt(++i));
            } else {
                out.append(c == '"' || c == '\\' ? "\\" + c : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** The character at {@code i}, refusing controls and broken surrogate pairs. */
    private char checked(int i) {
        char c = query.charAt(i);
        if ((c < 0x20 && !isSpace(c)) || (c >= 0x7F && c < 0xA0)) {
            throw new CqlException(Condition.QUERY_SYNTAX_ERROR,
                    String.format("unexpected control character U+%04X at position %d", (int) c, i), i);
        }
        if (Character.isHighSurrogate(c)
                ? i + 1 >= query.length() || !Character.isLowSurrogate(query.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(query.charAt(i - 1)))) {
            throw new CqlException(Condition.QUERY_SYNTAX_ERROR,
                    "unpaired surrogate at position " + i, i);
        }
        return c;
    }
}
