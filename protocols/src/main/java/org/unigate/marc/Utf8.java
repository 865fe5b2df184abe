package org.unigate.marc;

import java.nio.charset.Charset;

/** Byte-level UTF-8 checks, strict about overlongs and surrogates as RFC 3629 asks. */
final class Utf8 {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Utf8() {
    }

    /** Index of the first byte that does not start a valid sequence, or -1. */
    static int firstInvalid(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int n = sequenceLength(b, i, to);
            if (n <= 0) {
                return i;
            }
            i += n;
        }
        return -1;
    }

    /** True when the range is valid UTF-8 and holds at least one multi-byte sequence. */
    static boolean isMultiByteUtf8(byte[] b, int from, int to) {
        boolean multi = false;
        int i = from;
        while (i < to) {
            int n = sequenceLength(b, i, to);
            if (n <= 0) {
                return false;
            }
            multi |= n > 1;
            i += n;
        }
        return multi;
    }

    /** Length of the valid sequence starting at {@code i}, or 0 when there is none. */
    static int sequenceLength(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        int n;
        int min;
        int lowSecond = 0x80;
        int highSecond = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            lowSecond = c == 0xE0 ? 0xA0 : 0x80;
            highSecond = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            lowSecond = c == 0xF0 ? 0x90 : 0x80;
            highSecond = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        min = i + n;
        if (min > to) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < lowSecond || second > highSecond) {
            return 0;
        }
        for (int k = i + 2; k < i + n; k++) {
            if ((b[k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return n;
    }

    /** Valid sequences as UTF-8, every other byte as Windows-1252. */
    static String decodeLeniently(byte[] b, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        int runStart = from;
        while (i < to) {
            int n = sequenceLength(b, i, to);
            if (n > 0) {
                i += n;
                continue;
            }
            out.append(new String(b, runStart, i - runStart, java.nio.charset.StandardCharsets.UTF_8));
            out.append(new String(b, i, 1, WINDOWS_1252));
            i++;
            runStart = i;
        }
        out.append(new String(b, runStart, to - runStart, java.nio.charset.StandardCharsets.UTF_8));
        return out.toString();
    }
}
