package org.unigate.z3950.testing;

import java.io.ByteArrayOutputStream;

/**
 * Rewrites valid BER with definite, minimal lengths everywhere, so encodings that differ only in
 * length form (YAZ's server writes the outer APDU with an indefinite length) compare equal.
 */
public final class DefiniteForm {

    private DefiniteForm() {
    }

    public static byte[] of(byte[] ber) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ber.length);
        int end = element(ber, 0, out);
        if (end != ber.length) {
            throw new IllegalArgumentException("trailing bytes after offset " + end);
        }
        return out.toByteArray();
    }

    /** Copies the element at {@code p} in definite form; returns the offset after it. */
    private static int element(byte[] in, int p, ByteArrayOutputStream out) {
        int tagEnd = p + 1;
        if ((in[p] & 0x1f) == 0x1f) {
            while ((in[tagEnd] & 0x80) != 0) {
                tagEnd++;
            }
            tagEnd++;
        }
        int first = in[tagEnd] & 0xff;
        int contentStart = tagEnd + (first < 0x80 ? 1 : 1 + (first & 0x7f));
        boolean constructed = (in[p] & 0x20) != 0;
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int next;
        if (first == 0x80) {
            int q = contentStart;
            while (in[q] != 0 || in[q + 1] != 0) {
                q = element(in, q, content);
            }
            next = q + 2;
        } else {
            int length = first < 0x80 ? first : 0;
            for (int i = tagEnd + 1; i < contentStart; i++) {
                length = (length << 8) | (in[i] & 0xff);
            }
            next = contentStart + length;
            if (constructed) {
                for (int q = contentStart; q < next; ) {
                    q = element(in, q, content);
                }
            } else {
                content.write(in, contentStart, length);
            }
        }
        out.write(in, p, tagEnd - p);
        writeLength(out, content.size());
        out.writeBytes(content.toByteArray());
        return next;
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int count = length < 0x100 ? 1 : length < 0x10000 ? 2 : length < 0x1000000 ? 3 : 4;
        out.write(0x80 | count);
        for (int i = count - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }
}
