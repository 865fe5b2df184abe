package org.unigate.federation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.chain.CallListener;
import org.unigate.federation.chain.CallResult;
import org.unigate.member.MemberSpec;

/**
 * The federation engine's meters: per-member latency (with percentiles), hits, failures by kind
 * and circuit state; union search latency, cached or not; records withheld by sharing rules;
 * duplicate clusters formed; deeper fetches. Meters are looked up once and kept.
 */
final class FederationMetrics implements CallListener {

    private static final double[] PERCENTILES = {0.5, 0.95, 0.99};

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Timer> memberTimers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, DistributionSummary> hits = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final Timer searches;
    private final Timer cachedSearches;
    private final Counter clusters;
    private final Counter deepFetches;

    FederationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.searches = unionTimer(false);
        this.cachedSearches = unionTimer(true);
        this.clusters = Counter.builder("unigate.dedup.clusters")
                .description("Union records formed from more than one member record").register(registry);
        this.deepFetches = Counter.builder("unigate.union.deep.fetches")
                .description("Member calls made to fetch deeper pages on demand").register(registry);
    }

    private Timer unionTimer(boolean cached) {
        return Timer.builder("unigate.union.search").tag("cached", Boolean.toString(cached))
                .publishPercentiles(PERCENTILES).description("Union search latency").register(registry);
    }

    @Override
    public void completed(MemberSpec spec, CallResult result) {
        String member = spec.id();
        String outcome = result.outcome().name().toLowerCase(Locale.ROOT);
        if (result.outcome() != CallResult.Outcome.SKIPPED) {
            memberTimers.computeIfAbsent(member + '\u001f' + outcome, k -> Timer.builder("unigate.member.latency")
                    .tag("member", member).tag("outcome", outcome).publishPercentiles(PERCENTILES)
                    .description("Member search latency").register(registry)).record(result.elapsed());
        }
        if (result.outcome() == CallResult.Outcome.ANSWERED) {
            hits.computeIfAbsent(member, k -> DistributionSummary.builder("unigate.member.hits")
                    .tag("member", member).description("Hits per member search").register(registry))
                    .record(result.hits());
        } else {
            counter("unigate.member.errors", member, "kind", outcome).increment();
        }
    }

    void bindBreaker(String member, CircuitBreaker breaker) {
        Gauge.builder("unigate.member.circuit.state", breaker, b -> b.state().gaugeValue())
                .tag("member", member).description("0 closed, 1 half-open, 2 open")
                .strongReference(true).register(registry);
    }

    void unionSearch(long nanos, boolean cached) {
        (cached ? cachedSearches : searches).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shared(String member, int suppressed, int strippedFields) {
        if (suppressed > 0) {
            counter("unigate.sharing.suppressed", member, "rule", "suppress").increment(suppressed);
        }
        if (strippedFields > 0) {
            counter("unigate.sharing.stripped.fields", member, "rule", "strip").increment(strippedFields);
        }
    }

    void clustersFormed(long count) {
        if (count > 0) {
            clusters.increment(count);
        }
    }

    void deepFetch(int calls) {
        deepFetches.increment(calls);
    }

    private Counter counter(String name, String member, String tag, String value) {
        return counters.computeIfAbsent(name + '\u001f' + member + '\u001f' + value,
                k -> Counter.builder(name).tag("member", member).tag(tag, value).register(registry));
    }
}
