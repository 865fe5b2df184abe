package org.unigate.indexmap;

import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.Terms;

/**
 * A Type-1 term back to CQL term syntax (see {@link org.unigate.query.Clause}): literal text
 * escaped, truncation and Z39.58 masks as {@code *} and {@code ?}, position as {@code ^}.
 */
final class RpnTermToCql {

    private RpnTermToCql() {
    }

    /**
     * @param truncation right, left, both, none, z3958, process# or null
     * @param position any, first, last, firstAndLast or null
     */
    static String convert(String term, String truncation, String position) {
        String body = switch (truncation == null ? "none" : truncation) {
            case "z3958" -> fromZ3958(term);
            case "process#" -> Terms.escape(term).replace("#", "?");
            default -> Terms.escape(term);
        };
        body = switch (truncation == null ? "none" : truncation) {
            case "right" -> body + "*";
            case "left" -> "*" + body;
            case "both" -> "*" + body + "*";
            default -> body;
        };
        return switch (position == null ? "any" : position) {
            case "first" -> "^" + body;
            case "last" -> body + "^";
            case "firstAndLast" -> "^" + body + "^";
            default -> body;
        };
    }

    /** The term as YAZ passes it unprocessed: only what PQF's escapes would change is escaped. */
    static String raw(String term) {
        return term.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Z39.58 masking: {@code ?} any run, {@code #} one character, backslash escapes. */
    private static String fromZ3958(String term) {
        StringBuilder out = new StringBuilder(term.length() + 4);
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '\\' && i + 1 < term.length()) {
                out.append(Terms.escape(String.valueOf(term.charAt(++i))));
            } else if (c == '?') {
                if (i + 1 < term.length() && term.charAt(i + 1) >= '0' && term.charAt(i + 1) <= '9') {
                    throw new DiagnosticException(Condition.UNSUPPORTED_WILDCARD,
                            "counted Z39.58 mask ?" + term.charAt(i + 1) + " in " + term);
                }
                out.append('*');
            } else if (c == '#') {
                out.append('?');
            } else {
                out.append(Terms.escape(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
