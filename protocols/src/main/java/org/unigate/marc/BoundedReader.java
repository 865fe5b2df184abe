package org.unigate.marc;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Caps the characters an XML parser may pull between two record starts, so that a document
 * with one endless element cannot make the reader buffer gigabytes. Exceeding the cap is a
 * data fault ({@link TooLarge}), not an I/O error.
 */
final class BoundedReader extends FilterReader {

    /** Far above any real MARCXML record (ISO 2709 stops at 99,999 bytes). */
    static final long MAX_CHARS_PER_RECORD = 16L << 20;

    /** Thrown when the cap is reached. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("more than " + MAX_CHARS_PER_RECORD + " characters without a new record; reading stopped");
        }
    }

    private long sinceRecordStart;

    BoundedReader(Reader in) {
        super(in);
    }

    /** A record begins: the count starts again. */
    void recordStarted() {
        sinceRecordStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLarge {
        sinceRecordStart += n;
        if (sinceRecordStart > MAX_CHARS_PER_RECORD) {
            throw new TooLarge();
        }
    }
}
