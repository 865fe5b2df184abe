package org.unigate.federation;

import java.time.Duration;
import java.util.Objects;
import org.unigate.federation.breaker.CircuitBreakerSettings;

/**
 * How the union engine behaves; {@link #DEFAULTS} suits a consortium of a few dozen members.
 *
 * @param deadline          the most any fan-out round may take, whatever the members' own timeouts
 * @param firstPageSize     records asked of each member by a new search (and at least that many per deeper fetch)
 * @param maxPageSize       the most records one {@code page} call may ask for, and one member call may fetch
 * @param maxFetchDepth     the deepest position fetched from any one member: bounds memory per result set
 * @param exactCountLimit   member records up to which a new search fetches everything before it answers,
 *                          so that its count is exact at every door (0: counts stay estimates until paged)
 * @param resultSetTtl      how long an unused result set is kept
 * @param resultSetCapacity how many member records all result sets may hold together
 * @param cacheSize         how many union searches are remembered for reuse
 * @param cacheTtl          how long a search's result is reused for the same search
 * @param recordCacheSize   how many member records are kept for fetching by id
 * @param breaker           per-member circuit breaker settings
 */
public record UnionSettings(Duration deadline, int firstPageSize, int maxPageSize, int maxFetchDepth,
                            int exactCountLimit, Duration resultSetTtl, long resultSetCapacity, long cacheSize, Duration cacheTtl,
                            long recordCacheSize, CircuitBreakerSettings breaker) {

    public static final UnionSettings DEFAULTS = new UnionSettings(Duration.ofSeconds(10), 20, 500, 2000,
            2000, Duration.ofMinutes(10), resultSetCapacityFor(Runtime.getRuntime().maxMemory()), 2000, Duration.ofMinutes(5), 50_000, CircuitBreakerSettings.DEFAULTS);

    /** Heap one member record in a result set costs with its match keys and ranking text, as measured. */
    static final long BYTES_PER_RESULT_RECORD = 6 * 1024;

    /**
     * Result sets may take a quarter of the heap: under sustained distinct queries they, not their
     * time-to-live, bound memory, and the rest must stay free for merging, caches and the doors.
     */
    public static int resultSetCapacityFor(long maxHeapBytes) {
        long records = maxHeapBytes / 4 / BYTES_PER_RESULT_RECORD;
        return (int) Math.max(1000, Math.min(records, 100_000_000));
    }

    public UnionSettings {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(resultSetTtl, "resultSetTtl");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        Objects.requireNonNull(breaker, "breaker");
        positive(deadline, "deadline");
        positive(resultSetTtl, "resultSetTtl");
        positive(cacheTtl, "cacheTtl");
        if (firstPageSize < 1 || maxPageSize < firstPageSize || maxFetchDepth < firstPageSize) {
            throw new IllegalArgumentException("need 1 <= firstPageSize <= maxPageSize and firstPageSize <= maxFetchDepth");
        }
        if (exactCountLimit < 0) {
            throw new IllegalArgumentException("exactCountLimit must not be negative");
        }
        if (resultSetCapacity < 1 || cacheSize < 0 || recordCacheSize < 0) {
            throw new IllegalArgumentException("cache sizes must not be negative");
        }
    }

    public UnionSettings withDeadline(Duration v) {
        return new UnionSettings(v, firstPageSize, maxPageSize, maxFetchDepth, exactCountLimit, resultSetTtl, resultSetCapacity,
                cacheSize, cacheTtl, recordCacheSize, breaker);
    }

    public UnionSettings withFirstPageSize(int v) {
        return new UnionSettings(deadline, v, maxPageSize, maxFetchDepth, exactCountLimit, resultSetTtl, resultSetCapacity,
                cacheSize, cacheTtl, recordCacheSize, breaker);
    }

    public UnionSettings withPaging(int newMaxPageSize, int newMaxFetchDepth) {
        return new UnionSettings(deadline, firstPageSize, newMaxPageSize, newMaxFetchDepth, exactCountLimit, resultSetTtl,
                resultSetCapacity, cacheSize, cacheTtl, recordCacheSize, breaker);
    }

    public UnionSettings withExactCountLimit(int v) {
        return new UnionSettings(deadline, firstPageSize, maxPageSize, maxFetchDepth, v, resultSetTtl,
                resultSetCapacity, cacheSize, cacheTtl, recordCacheSize, breaker);
    }

    public UnionSettings withResultSets(Duration ttl, long capacity) {
        return new UnionSettings(deadline, firstPageSize, maxPageSize, maxFetchDepth, exactCountLimit, ttl, capacity,
                cacheSize, cacheTtl, recordCacheSize, breaker);
    }

    public UnionSettings withCache(long size, Duration ttl) {
        return new UnionSettings(deadline, firstPageSize, maxPageSize, maxFetchDepth, exactCountLimit, resultSetTtl,
                resultSetCapacity, size, ttl, recordCacheSize, breaker);
    }

    public UnionSettings withRecordCacheSize(long v) {
        return new UnionSettings(deadline, firstPageSize, maxPageSize, maxFetchDepth, exactCountLimit, resultSetTtl,
                resultSetCapacity, cacheSize, cacheTtl, v, breaker);
    }

    public UnionSettings withBreaker(CircuitBreakerSettings v) {
        return new UnionSettings(deadline, firstPageSize, maxPageSize, maxFetchDepth, exactCountLimit, resultSetTtl,
                resultSetCapacity, cacheSize, cacheTtl, recordCacheSize, v);
    }

    private static void positive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
