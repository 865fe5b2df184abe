package org.unigate.testbed.generator;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;
import org.unigate.marc.MarcRecord;

/**
 * An ISO 2709 byte stream that encodes records only as they are read, so a member of a million
 * works can be served without holding its file in memory.
 */
final class RecordBytes extends InputStream {

    private final Iterator<MarcRecord> records;
    private final MarcOutput output;
    private final Runnable onClose;
    private byte[] current = new byte[0];
    private int position;

    RecordBytes(Iterator<MarcRecord> records, boolean marc8, Runnable onClose) {
        this.records = records;
        this.output = new MarcOutput(marc8);
        this.onClose = onClose;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return current[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public void close() {
        onClose.run();
    }

    private boolean fill() {
        while (position >= current.length) {
            if (!records.hasNext()) {
                return false;
            }
            current = output.encode(records.next());
            position = 0;
        }
        return true;
    }
}
