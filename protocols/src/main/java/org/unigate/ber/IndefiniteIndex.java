package org.unigate.ber;

import java.util.Arrays;

/**
 * Where each indefinite-length element's contents end, found in the validating scan so the
 * reader never searches for end-of-contents octets again. Two int arrays, sorted by start.
 */
final class IndefiniteIndex implements BerScanner.IndefiniteEnds {

    private final int base;
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private int count;

    /** Offsets from the scanner are relative to {@code base}; lookups use absolute indices. */
    IndefiniteIndex(int base) {
        this.base = base;
    }

    @Override
    public void found(int contentStart, int endOfContents) {
        if (count == starts.length) {
            int grown = Math.max(8, count * 2);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
        }
        starts[count] = base + contentStart;
        ends[count] = base + endOfContents;
        count++;
    }

    /** Called once after the scan: the scanner reports inner elements before outer ones. */
    void sort() {
        if (count < 2) {
            return;
        }
        long[] pairs = new long[count];
        for (int i = 0; i < count; i++) {
            pairs[i] = ((long) starts[i] << 32) | (ends[i] & 0xffffffffL);
        }
        Arrays.sort(pairs);
        for (int i = 0; i < count; i++) {
            starts[i] = (int) (pairs[i] >>> 32);
            ends[i] = (int) pairs[i];
        }
    }

    /** The end-of-contents position of the element whose contents start at {@code contentStart}. */
    int endOf(int contentStart) {
        int i = Arrays.binarySearch(starts, 0, count, contentStart);
        if (i < 0) {
            throw BerException.malformed("indefinite-length element without end-of-contents");
        }
        return ends[i];
    }
}
