package org.unigate.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds for one cache: at most {@code maximumSize} entries (or weight units, for weighed caches),
 * each kept for at most {@code ttl}.
 */
public record CacheSettings(long maximumSize, Duration ttl) {

    public CacheSettings {
        Objects.requireNonNull(ttl, "ttl");
        if (maximumSize < 0) {
            throw new IllegalArgumentException("maximumSize must not be negative: " + maximumSize);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
    }

    public static CacheSettings of(long maximumSize, Duration ttl) {
        return new CacheSettings(maximumSize, ttl);
    }
}
