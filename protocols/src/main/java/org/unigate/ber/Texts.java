package org.unigate.ber;

import java.nio.charset.StandardCharsets;

/**
 * Decodes string octets. InternationalString is UTF-8 once negotiated, but clients that never
 * negotiate (old yaz-client, many library systems) send ISO-8859-1; bytes that are not valid
 * UTF-8 are therefore read as ISO-8859-1 rather than rejected or garbled with U+FFFD.
 */
final class Texts {

    private Texts() {
    }

    static String decode(byte[] bytes, int offset, int length) {
        boolean ascii = true;
        for (int i = offset; i < offset + length && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.US_ASCII);
        }
        return isUtf8(bytes, offset, offset + length)
                ? new String(bytes, offset, length, StandardCharsets.UTF_8)
                : new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    /** Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF. */
    static boolean isUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            if (c < 0xc2 || c > 0xf4 || i + n >= to) {
                return false;
            }
            int second = b[i + 1] & 0xff;
            int low = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
            int high = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
