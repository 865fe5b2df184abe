package org.unigate.indexmap;

/** A mapping file that cannot be read; the message names the source and line. */
public final class IndexMapFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;

    IndexMapFormatException(String source, int line, String message) {
        super(source + (line > 0 ? " line " + line : "") + ": " + message);
        this.line = line;
    }

    /** The 1-based line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}
