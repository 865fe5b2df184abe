package org.unigate.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Weigher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Builds the gateway's Caffeine caches the one way they are all built: bounded in size and
 * time, recording statistics, and bound to Micrometer as {@code cache.*} meters tagged with
 * the cache's name. Eviction runs on the calling thread so that a controllable {@link Ticker}
 * in tests sees expiry without waiting for a background pool.
 */
public final class MeteredCaches {

    private MeteredCaches() {
    }

    /** Entries expire {@code ttl} after they were written. */
    public static <K, V> Cache<K, V> expireAfterWrite(String name, CacheSettings settings, Ticker ticker,
                                                      MeterRegistry registry) {
        Cache<K, V> cache = base(ticker)
                .expireAfterWrite(settings.ttl())
                .maximumSize(settings.maximumSize())
                .build();
        return CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    /**
     * Entries expire {@code ttl} after they were last read or written, and the size bound is a
     * total weight (e.g. records held) rather than a count of entries.
     */
    public static <K, V> Cache<K, V> expireAfterAccessWeighed(String name, CacheSettings settings, Ticker ticker,
                                                             Weigher<? super K, ? super V> weigher,
                                                             MeterRegistry registry) {
        Cache<K, V> cache = base(ticker)
                .expireAfterAccess(settings.ttl())
                .maximumWeight(settings.maximumSize())
                .weigher(weigher)
                .build();
        return CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    /** An asynchronous cache: concurrent loads of one key share a single future. */
    public static <K, V> AsyncCache<K, V> asyncExpireAfterWrite(String name, CacheSettings settings, Ticker ticker,
                                                               MeterRegistry registry) {
        AsyncCache<K, V> cache = base(ticker)
                .expireAfterWrite(settings.ttl())
                .maximumSize(settings.maximumSize())
                .buildAsync();
        return CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    private static Caffeine<Object, Object> base(Ticker ticker) {
        return Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .recordStats();
    }
}
