package org.unigate.marc;

/** The serialisations {@link MarcFiles} reads, told apart by their first bytes. */
enum MarcFormat {
    ISO_2709,
    MARCXML;

    /** Bytes {@link #detect} wants to see; fewer is fine at the end of a stream. */
    static final int PEEK = 512;

    /**
     * XML starts, after an optional byte-order mark and white space, with {@code <}; UTF-16 XML
     * has a NUL beside it. Everything else is taken for ISO 2709, whose reader copes with junk.
     */
    static MarcFormat detect(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        } else if (length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
            return MARCXML;
        }
        while (i < length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t' || head[i] == 0)) {
            i++;
        }
        return i < length && head[i] == '<' ? MARCXML : ISO_2709;
    }
}
