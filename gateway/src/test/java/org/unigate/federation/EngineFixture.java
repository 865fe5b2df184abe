package org.unigate.federation;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.unigate.member.MemberClient;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

/**
 * Builds engines over fake members with a fake ticker, a private registry, merging on the
 * calling thread and one shared timer that {@link #close} stops.
 */
final class EngineFixture implements AutoCloseable {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-member-timeouts");
        t.setDaemon(true);
        return t;
    });

    UnionEngine engine(UnionSettings settings, MemberClient... members) {
        return UnionEngine.builder()
                .members(List.of(members))
                .deduplicator(new TitleDeduplicator())
                .settings(settings)
                .meterRegistry(registry)
                .ticker(nanos::get)
                .mergeExecutor(Runnable::run)
                .scheduler(timer)
                .build();
    }

    UnionEngine engine(MemberClient... members) {
        return engine(UnionSettings.DEFAULTS, members);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    static UnionResult search(UnionEngine engine, UnionRequest request) {
        return engine.search(request).orTimeout(20, TimeUnit.SECONDS).join();
    }

    static UnionRequest query(String index, String term) {
        return UnionRequest.of(SearchQuery.of(Clause.of(index, term)));
    }
}
