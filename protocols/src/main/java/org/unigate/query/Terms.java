package org.unigate.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes terms in CQL term syntax (see {@link Clause}): masking characters
 * {@code *} (any run) and {@code ?} (one character), anchor {@code ^}, backslash escapes.
 */
public final class Terms {

    private Terms() {
    }

    /** A piece of a term: literal text, or a mask/anchor. */
    public sealed interface Part permits Literal, AnyRun, AnyChar, Anchor {
    }

    public record Literal(String text) implements Part {
    }

    public record AnyRun() implements Part {
    }

    public record AnyChar() implements Part {
    }

    public record Anchor() implements Part {
    }

    /** Splits a term into literal runs and special characters; a trailing lone backslash is literal. */
    public static List<Part> parse(String term) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '\\' && i + 1 < term.length()) {
                literal.append(term.charAt(++i));
                continue;
            }
            Part special = switch (c) {
                case '*' -> new AnyRun();
                case '?' -> new AnyChar();
                case '^' -> new Anchor();
                default -> null;
            };
            if (special == null) {
                literal.append(c);
            } else {
                flush(literal, parts);
                parts.add(special);
            }
        }
        flush(literal, parts);
        return parts;
    }

    /** The term's text with masks and anchors dropped and escapes resolved. */
    public static String unescape(String term) {
        StringBuilder out = new StringBuilder();
        for (Part p : parse(term)) {
            if (p instanceof Literal l) {
                out.append(l.text());
            }
        }
        return out.toString();
    }

    public static boolean hasMasking(String term) {
        return parse(term).stream().anyMatch(p -> p instanceof AnyRun || p instanceof AnyChar);
    }

    /** Escapes literal text so that it reads back unchanged: the inverse of {@link #unescape}. */
    public static String escape(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 4);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '*' || c == '?' || c == '^' || c == '\\' || c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
