package org.unigate.marc;

/** ASCII decimal fields of fixed width, as leaders and directories use. */
final class Numbers {

    private Numbers() {
    }

    /** The number in {@code [from, to)}, or -1 when any position is not a digit. */
    static int parse(byte[] b, int from, int to) {
        if (from < 0 || to > b.length || from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    static int parse(String s, int from, int to) {
        if (from < 0 || to > s.length() || from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** {@code value} as exactly {@code width} digits; the caller has checked it fits. */
    static void format(byte[] out, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
