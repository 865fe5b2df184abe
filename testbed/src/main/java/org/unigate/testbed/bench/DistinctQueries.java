package org.unigate.testbed.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CQL searches that never repeat, so that none is answered from the gateway's cache: every pair
 * of title words joined by {@code and} (few hits) or {@code or} (many), visited in a scrambled
 * order; once every pair has been sent, the pairs again with one word more excluded
 * ({@code not}), a different one each round. With {@code V} words that is
 * {@code V(V-1)(V+1)} distinct searches (27 million for 300 words). Thread-safe.
 */
final class DistinctQueries {

    private final List<String> words;
    private final long space;
    private final long stride;
    private final AtomicLong next = new AtomicLong();

    DistinctQueries(List<String> words) {
        if (words.size() < 2) {
            throw new IllegalArgumentException("need at least two words, got " + words.size());
        }
        this.words = List.copyOf(words);
        long v = words.size();
        this.space = v * (v - 1);
        this.stride = coprimeNear(space, (long) (space * 0.618));
    }

    /** The next search; past {@link #capacity()} searches it throws rather than repeat one. */
    String next() {
        long n = next.getAndIncrement();
        long round = n / space;
        if (round > words.size()) {
            throw new IllegalStateException("all " + capacity() + " distinct searches have been sent");
        }
        // n -> n * stride mod space is a permutation of one round: neighbours in time are far apart in the pair space.
        long q = (n % space) * stride % space;
        String op = q % 2 == 0 ? " and " : " or ";
        long[] pair = pair(q / 2);
        String cql = SruUrls.title(words.get((int) pair[0])) + op + SruUrls.title(words.get((int) pair[1]));
        return round == 0 ? cql : "(" + cql + ") not " + SruUrls.title(words.get((int) (round - 1)));
    }

    long capacity() {
        return space * (words.size() + 1);
    }

    /** The {@code p}-th pair (i, j) with i < j, in row order. */
    private long[] pair(long p) {
        long v = words.size();
        long i = 0;
        long row = v - 1;
        while (p >= row) {
            p -= row;
            i++;
            row--;
        }
        return new long[] {i, i + 1 + p};
    }

    private static long coprimeNear(long modulus, long start) {
        for (long s = Math.max(1, start); ; s++) {
            if (gcd(s, modulus) == 1) {
                return s;
            }
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
