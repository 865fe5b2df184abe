package org.unigate.sru.client;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

/** A response body collected in memory, refusing to grow past a fixed size. Used on one event loop. */
final class BodyBuffer {

    private final int maxBytes;
    private byte[] data = new byte[8_192];
    private int length;

    BodyBuffer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Appends {@code chunk}; false, and nothing appended, when the body would pass the limit. */
    boolean append(Buffer chunk) {
        int n = chunk.length();
        if ((long) length + n > maxBytes) {
            return false;
        }
        if (length + n > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(maxBytes, Math.max(2L * data.length, (long) length + n)));
        }
        chunk.getBytes(0, n, data, length);
        length += n;
        return true;
    }

    int maxBytes() {
        return maxBytes;
    }

    int length() {
        return length;
    }

    InputStream stream() {
        return new ByteArrayInputStream(data, 0, length);
    }
}
