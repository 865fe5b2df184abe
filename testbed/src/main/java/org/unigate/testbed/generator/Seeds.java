package org.unigate.testbed.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Derives independent random streams from (seed, work, purpose), so any work or any member's
 * copy of it can be regenerated on its own, in any order, without generating its neighbours.
 */
final class Seeds {

    /** Purposes, kept apart so changing how one is drawn does not reshuffle the others. */
    static final long WORK = 0x57AB1E;
    static final long HOLDERS = 0x401DE75;
    static final long FAMILY = 0xFA311E;
    static final long COPY = 0xC0B1E5;

    private Seeds() {
    }

    static SplittableRandom random(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(seed ^ purpose) + index));
    }

    static SplittableRandom random(long seed, long purpose, long index, long member) {
        return new SplittableRandom(mix(mix(mix(seed ^ purpose) + index) + member));
    }

    /** SplitMix64's finaliser: a cheap bijection that spreads nearby inputs far apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }
}
