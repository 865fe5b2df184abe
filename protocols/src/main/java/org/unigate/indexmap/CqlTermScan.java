package org.unigate.indexmap;

/**
 * How YAZ's cql2pqf reads one CQL term for position and truncation: an unescaped {@code ^} as the
 * first or last character anchors (a {@code ^} elsewhere is kept as a character); an unescaped
 * {@code *} as first or last character may become left/right/both truncation; any other
 * {@code *} or any {@code ?} needs Z39.58 masking. {@link #rpnTerm} then writes the term as it
 * reaches the member.
 */
final class CqlTermScan {

    enum Position { ANY, FIRST, LAST, FIRST_AND_LAST }

    private final String term;
    private final Position position;
    /** Bit 1: {@code *} first; bit 2: {@code *} last. */
    private final int truncation;
    private final boolean needsMasking;

    CqlTermScan(String term) {
        this.term = term;
        int anchor = 0;
        int trunc = 0;
        boolean masking = false;
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = term.charAt(i);
            if (c == '\\' && i < length - 1) {
                i++;
            } else if (c == '^') {
                anchor |= i == 0 ? 1 : i == length - 1 ? 2 : 0;
            } else if (c == '*') {
                if (i == 0) {
                    trunc |= 1;
                } else if (i == length - 1) {
                    trunc |= 2;
                } else {
                    masking = true;
                }
            } else if (c == '?') {
                masking = true;
            }
        }
        this.position = Position.values()[anchor];
        this.truncation = trunc;
        this.needsMasking = masking;
    }

    Position position() {
        return position;
    }

    /** Which simple truncation the masks ask for, or null when none or when masking is needed. */
    String simpleTruncation() {
        if (needsMasking) {
            return null;
        }
        return switch (truncation) {
            case 1 -> "left";
            case 2 -> "right";
            case 3 -> "both";
            default -> null;
        };
    }

    boolean hasMasks() {
        return needsMasking || truncation != 0;
    }

    /**
     * The term without its anchors and, when {@code truncated}, without the truncation stars;
     * escapes resolved. With {@code z3958} the remaining masks are written in Z39.58 ({@code *} as
     * {@code ?}, {@code ?} as {@code #}, a literal {@code #} or {@code ?} and a digit after a mask
     * escaped with a backslash).
     */
    String rpnTerm(boolean truncated, boolean z3958) {
        int start = position == Position.FIRST || position == Position.FIRST_AND_LAST ? 1 : 0;
        int end = term.length() - (position == Position.LAST || position == Position.FIRST_AND_LAST ? 1 : 0);
        if (truncated) {
            start += truncation & 1;
            end -= (truncation & 2) >> 1;
        }
        StringBuilder out = new StringBuilder(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            char c = term.charAt(i);
            if (c == '\\' && i < end - 1) {
                char escaped = term.charAt(++i);
                if (z3958 && (escaped == '#' || escaped == '?')) {
                    out.append('\\');
                }
                out.append(escaped);
            } else if (z3958 && c == '*') {
                out.append('?');
                if (i < end - 1 && term.charAt(i + 1) >= '0' && term.charAt(i + 1) <= '9') {
                    out.append('\\');
                }
            } else if (z3958 && c == '?') {
                out.append('#');
            } else {
                if (z3958 && c == '#') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
