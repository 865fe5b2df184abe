package org.unigate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

class UnionResultCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final UnionResultCache<String> cache =
            new UnionResultCache<>(CacheSettings.of(100, Duration.ofMinutes(5)), nanos::get, registry);
    private final AtomicInteger loads = new AtomicInteger();

    private static UnionKey key(String term, String context, String... members) {
        return new UnionKey(QueryKey.of(SearchQuery.of(Clause.of("dc.title", term))), List.of(members), "page=10", context);
    }

    private CompletableFuture<String> load(UnionKey key) {
        loads.incrementAndGet();
        return CompletableFuture.completedFuture("set-" + loads.get());
    }

    @Test
    void concurrentIdenticalSearchesShareOneLoad() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<String> first = cache.get(key("dream", "public", "a", "b"), k -> {
            loads.incrementAndGet();
            return pending;
        }, v -> true);
        CompletableFuture<String> second = cache.get(key("dream", "public", "b", "a"), this::load, v -> true);

        pending.complete("set-x");
        assertThat(first.join()).isEqualTo("set-x");
        assertThat(second.join()).isEqualTo("set-x");
        assertThat(loads).hasValue(1);
    }

    @Test
    void theSharingContextSeparatesEntries() {
        String publicView = cache.get(key("dream", "public", "a"), this::load, v -> true).join();
        String staffView = cache.get(key("dream", "staff:a", "a"), this::load, v -> true).join();
        assertThat(publicView).isNotEqualTo(staffView);
        assertThat(cache.getIfReady(key("dream", "public", "a"))).contains(publicView);
        assertThat(cache.getIfReady(key("dream", "staff:a", "a"))).contains(staffView);
    }

    @Test
    void resultsThatShouldNotBeReusedAreForgotten() {
        cache.get(key("dream", "public", "a"), this::load, v -> false).join();
        assertThat(cache.getIfReady(key("dream", "public", "a"))).isEmpty();
        cache.get(key("dream", "public", "a"), this::load, v -> false).join();
        assertThat(loads).hasValue(2);
    }

    @Test
    void failedLoadsAreForgotten() {
        CompletableFuture<String> failed = cache.get(key("dream", "public", "a"),
                k -> CompletableFuture.failedFuture(new IllegalStateException("boom")), v -> true);
        assertThat(failed).isCompletedExceptionally();
        assertThat(cache.get(key("dream", "public", "a"), this::load, v -> true).join()).isEqualTo("set-1");
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        cache.get(key("dream", "public", "a"), this::load, v -> true).join();
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(cache.getIfReady(key("dream", "public", "a"))).isPresent();
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(cache.getIfReady(key("dream", "public", "a"))).isEmpty();
    }

    @Test
    void hitsAndMissesAreMetered() {
        cache.get(key("dream", "public", "a"), this::load, v -> true).join();
        cache.get(key("dream", "public", "a"), this::load, v -> true).join();
        assertThat(registry.get("cache.gets").tags("cache", UnionResultCache.NAME, "result", "hit")
                .functionCounter().count()).isEqualTo(1.0);
        assertThat(registry.get("cache.gets").tags("cache", UnionResultCache.NAME, "result", "miss")
                .functionCounter().count()).isEqualTo(1.0);
    }
}
