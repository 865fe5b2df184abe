package org.unigate.federation;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.unigate.member.MemberClient;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

/** Builds engines over fake members with a fake ticker, a private registry and short timeouts. */
final class EngineFixture {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    UnionEngine engine(UnionSettings settings, MemberClient... members) {
        return UnionEngine.builder()
                .members(List.of(members))
                .deduplicator(new TitleDeduplicator())
                .settings(settings)
                .meterRegistry(registry)
                .ticker(nanos::get)
                .mergeExecutor(Runnable::run)
                .build();
    }

    UnionEngine engine(MemberClient... members) {
        return engine(UnionSettings.DEFAULTS, members);
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
