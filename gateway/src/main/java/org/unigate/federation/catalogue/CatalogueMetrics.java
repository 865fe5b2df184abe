package org.unigate.federation.catalogue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The union catalogue's meters: its size, and how long and how well refreshes go. */
final class CatalogueMetrics {

    private final Timer refreshes;
    private final Counter failures;
    private volatile long lastRefreshNanos;

    CatalogueMetrics(MeterRegistry registry, Supplier<UnionState> state) {
        // Strong references: the registry would otherwise let the gauges' state go with the next GC.
        Gauge.builder("unigate.union.records", state, s -> s.get().live())
                .description("union records in the OAI-PMH union set").strongReference(true).register(registry);
        Gauge.builder("unigate.union.tombstones", state, s -> s.get().tombstones())
                .description("union ids no member holds any more").strongReference(true).register(registry);
        TimeGauge.builder("unigate.union.refresh.last", this, TimeUnit.NANOSECONDS, m -> m.lastRefreshNanos)
                .description("how long the last union catalogue refresh took").strongReference(true).register(registry);
        this.refreshes = Timer.builder("unigate.union.refresh").description("union catalogue refreshes")
                .register(registry);
        this.failures = Counter.builder("unigate.union.refresh.failures")
                .description("union catalogue refreshes that failed").register(registry);
    }

    void refreshed(long nanos) {
        lastRefreshNanos = nanos;
        refreshes.record(nanos, TimeUnit.NANOSECONDS);
    }

    void failed() {
        failures.increment();
    }
}
