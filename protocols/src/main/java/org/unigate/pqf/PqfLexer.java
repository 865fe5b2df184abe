package org.unigate.pqf;

import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.pqf.PqfToken.Kind;

/**
 * Splits PQF into tokens the way YAZ's pquery lexer does: a token is a run of characters up to
 * white space (a backslash keeps the next character in the run), or text in {@code "..."} or
 * {@code {...}}; {@code @and @or @not @prox @attr @set @attrset @term} are operators, and
 * {@code @} before a digit is short for {@code @attr} ({@code @1=4}). Unlike YAZ, an unknown
 * {@code @word} and an unterminated quote are errors rather than terms.
 */
final class PqfLexer {

    private final String input;
    private int pos;

    PqfLexer(String input) {
        this.input = input;
    }

    PqfToken next() {
        while (pos < input.length() && isSpace(input.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= input.length()) {
            return new PqfToken(Kind.END, "", start, false);
        }
        char c = input.charAt(pos);
        if (c == '"' || c == '{') {
            return quoted(c == '"' ? '"' : '}', start);
        }
        if (c == '@' && pos + 1 < input.length() && Character.isDigit(input.charAt(pos + 1))) {
            pos++;
            return new PqfToken(Kind.ATTR, "@", start, false);
        }
        while (pos < input.length() && !isSpace(input.charAt(pos))) {
            pos += input.charAt(pos) == '\\' && pos + 1 < input.length() ? 2 : 1;
        }
        String word = input.substring(start, pos);
        return c == '@' ? operator(word, start) : new PqfToken(Kind.WORD, word, start, false);
    }

    private PqfToken quoted(char close, int start) {
        pos++;
        int textStart = pos;
        while (pos < input.length() && input.charAt(pos) != close) {
            pos += input.charAt(pos) == '\\' && pos + 1 < input.length() ? 2 : 1;
        }
        if (pos >= input.length()) {
            throw error("unterminated quoted term (missing " + close + ")", start);
        }
        String text = input.substring(textStart, pos);
        pos++;
        return new PqfToken(Kind.WORD, text, start, true);
    }

    private static PqfToken operator(String word, int start) {
        Kind kind = switch (word) {
            case "@and" -> Kind.AND;
            case "@or" -> Kind.OR;
            case "@not" -> Kind.NOT;
            case "@prox" -> Kind.PROX;
            case "@attr" -> Kind.ATTR;
            case "@set" -> Kind.SET;
            case "@attrset" -> Kind.ATTRSET;
            case "@term" -> Kind.TERM_TYPE;
            default -> throw error("unknown operator " + word + " (quote a term that starts with @)", start);
        };
        return new PqfToken(kind, word, start, false);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static DiagnosticException error(String what, int offset) {
        return new DiagnosticException(Condition.QUERY_SYNTAX_ERROR, what + " at offset " + offset);
    }
}
