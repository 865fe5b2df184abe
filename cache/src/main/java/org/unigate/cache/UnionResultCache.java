package org.unigate.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Union search results by {@link UnionKey}. Identical searches that arrive while one is running
 * share it instead of fanning out again; a result that should not be reused (a member timed out,
 * the search failed) leaves the cache as soon as it completes, so an outage is never replayed
 * from the cache.
 *
 * @param <V> what the gateway keeps per search (e.g. a result set id)
 */
public final class UnionResultCache<V> {

    public static final String NAME = "unigate.union.results";

    private final AsyncCache<UnionKey, V> cache;

    public UnionResultCache(CacheSettings settings, Ticker ticker, MeterRegistry registry) {
        this.cache = MeteredCaches.asyncExpireAfterWrite(NAME, settings, ticker, registry);
    }

    /**
     * The cached or in-flight value for the key, else {@code loader}'s. A value that fails
     * {@code keep} (or a failed load) is answered once and then forgotten. Counts one hit or miss.
     */
    public CompletableFuture<V> get(UnionKey key, Function<UnionKey, CompletableFuture<V>> loader,
                                    Predicate<? super V> keep) {
        boolean[] loaded = {false};
        CompletableFuture<V> future = cache.get(key, (k, executor) -> {
            loaded[0] = true;
            return loader.apply(k);
        });
        if (loaded[0]) {
            future.whenComplete((value, error) -> {
                if (error != null || !keep.test(value)) {
                    cache.asMap().remove(key, future);
                }
            });
        }
        return future;
    }

    /** The value if it is cached and already complete; never starts a load, counts no hit or miss. */
    public Optional<V> getIfReady(UnionKey key) {
        CompletableFuture<V> future = cache.asMap().get(key);
        if (future == null || !future.isDone() || future.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.ofNullable(future.getNow(null));
    }

    public void invalidate(UnionKey key) {
        cache.synchronous().invalidate(key);
    }

    public long estimatedSize() {
        return cache.synchronous().estimatedSize();
    }
}
