package org.unigate.testbed.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their nearest-rank percentiles. */
final class Percentiles {

    private long[] samples = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    synchronized void clear() {
        size = 0;
    }

    /** The {@code p}-th percentile (0 < p <= 100), in nanoseconds; 0 without samples. */
    synchronized long percentile(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }
}
