package org.unigate.testbed.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which members hold which work. The number of holders follows a popularity skew (in a consortium
 * of eight: about 40% of works unique, a third in two or three libraries, one in six in five or
 * more), and bigger libraries are likelier holders.
 */
final class Holders {

    /** Cumulative probability of 1..8 holders in a consortium of eight. */
    private static final double[] HOLDER_COUNT = {0.40, 0.60, 0.74, 0.82, 0.88, 0.93, 0.97, 1.00};
    /** Relative collection sizes, cycled for consortia larger than eight. */
    private static final double[] SIZE = {1.5, 1.2, 0.9, 1.1, 0.8, 1.0, 0.7, 0.9};

    private final long seed;
    private final int members;

    Holders(long seed, int members) {
        this.seed = seed;
        this.members = members;
    }

    /** The 1-based member indexes holding work {@code index}, ascending. */
    int[] of(int index) {
        SplittableRandom r = Seeds.random(seed, Seeds.HOLDERS, index);
        int count = scaled(count(r.nextDouble()));
        double[] keys = new double[members];
        for (int m = 0; m < members; m++) {
            // Exponential keys with rate = weight: the k smallest are a weighted sample without replacement.
            keys[m] = -Math.log(1 - r.nextDouble()) / SIZE[m % SIZE.length];
        }
        boolean[] chosen = new boolean[members];
        for (int i = 0; i < count; i++) {
            int best = -1;
            for (int m = 0; m < members; m++) {
                if (!chosen[m] && (best < 0 || keys[m] < keys[best])) {
                    best = m;
                }
            }
            chosen[best] = true;
        }
        int[] holders = new int[count];
        int n = 0;
        for (int m = 0; m < members; m++) {
            if (chosen[m]) {
                holders[n++] = m + 1;
            }
        }
        return holders;
    }

    boolean holds(int index, int member) {
        return Arrays.binarySearch(of(index), member) >= 0;
    }

    private static int count(double u) {
        int k = 0;
        while (u >= HOLDER_COUNT[k]) {
            k++;
        }
        return k + 1;
    }

    /** Keeps the shape of the skew for consortia that are not eight strong. */
    private int scaled(int countOfEight) {
        if (members <= 8 || countOfEight == 1) {
            return Math.min(countOfEight, members);
        }
        return Math.min(members, (int) Math.round(countOfEight * members / 8.0));
    }
}
