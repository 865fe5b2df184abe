package org.unigate.federation;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.unigate.cache.CacheSettings;
import org.unigate.cache.MemberRecordCache;
import org.unigate.cache.UnionResultCache;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.chain.AdmissionLink;
import org.unigate.federation.chain.BreakerLink;
import org.unigate.federation.chain.ClientLink;
import org.unigate.federation.chain.CpuPool;
import org.unigate.federation.chain.DeadlineLink;
import org.unigate.federation.chain.ExpansionLink;
import org.unigate.federation.chain.MemberChain;
import org.unigate.federation.chain.MetricsLink;
import org.unigate.federation.chain.RecordCacheLink;
import org.unigate.federation.chain.SharingLink;
import org.unigate.federation.fanout.FanOut;
import org.unigate.federation.rank.Ranker;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.member.MemberClient;
import org.unigate.union.Deduplicator;

/**
 * Builds a {@link UnionEngine}. Members and a deduplicator are required; everything else has a
 * default: {@link UnionSettings#DEFAULTS}, a private meter registry, the system ticker and clock,
 * a merge pool of one thread per core, and one daemon timer thread for all member timeouts.
 */
public final class UnionEngineBuilder {

    /** What the engine is made of, assembled. */
    record Parts(List<MemberClient> members, UnionSettings settings, Ticker ticker, Clock clock,
                 CpuPool cpu, CpuPool ownedCpu, ScheduledExecutorService scheduler,
                 boolean ownsScheduler, MemberChain chain, FanOut fanOut,
                 RoundMerger merger, ResultSetStore store, UnionResultCache<String> resultCache,
                 MemberRecordCache recordCache, FederationMetrics metrics, Map<String, CircuitBreaker> breakers,
                 Map<String, SharingFilter> filters) {
    }

    /** Calls one member may have in progress at once, unless set: a small library server's fair share. */
    static final int DEFAULT_MEMBER_CONCURRENCY = 64;

    private List<MemberClient> members;
    private Deduplicator deduplicator;
    private UnionSettings settings = UnionSettings.DEFAULTS;
    private MeterRegistry registry;
    private Ticker ticker = Ticker.systemTicker();
    private Clock clock = Clock.systemUTC();
    private Executor mergeExecutor;
    private ScheduledExecutorService scheduler;
    private int memberConcurrency = DEFAULT_MEMBER_CONCURRENCY;

    UnionEngineBuilder() {
    }

    public UnionEngineBuilder members(List<? extends MemberClient> v) {
        this.members = List.copyOf(v);
        return this;
    }

    public UnionEngineBuilder deduplicator(Deduplicator v) {
        this.deduplicator = v;
        return this;
    }

    public UnionEngineBuilder settings(UnionSettings v) {
        this.settings = Objects.requireNonNull(v, "settings");
        return this;
    }

    public UnionEngineBuilder meterRegistry(MeterRegistry v) {
        this.registry = v;
        return this;
    }

    /** Time source for timeouts measured, circuit breakers and cache expiry (tests pass a fake). */
    public UnionEngineBuilder ticker(Ticker v) {
        this.ticker = Objects.requireNonNull(v, "ticker");
        return this;
    }

    /** Wall clock for result sets' creation time. */
    public UnionEngineBuilder clock(Clock v) {
        this.clock = Objects.requireNonNull(v, "clock");
        return this;
    }

    /**
     * The CPU pool: where members' answers are checked and prepared as they arrive (sharing
     * rules, match keys, ranking text) and rounds are merged; by default a bounded pool of one
     * daemon thread per core that the engine owns. Pass the {@link CpuPool} the member clients
     * deliver their answers on, and answers are worked on where they arrive, with no hand-off.
     * Never an event loop: that work takes milliseconds.
     */
    public UnionEngineBuilder mergeExecutor(Executor v) {
        this.mergeExecutor = Objects.requireNonNull(v, "mergeExecutor");
        return this;
    }

    /** At most this many calls in progress to any one member; more are answered as busy. */
    public UnionEngineBuilder memberConcurrency(int v) {
        if (v < 1) {
            throw new IllegalArgumentException("memberConcurrency must be at least 1");
        }
        this.memberConcurrency = v;
        return this;
    }

    /** The timer for member timeouts; the engine then leaves shutting it down to the caller. */
    public UnionEngineBuilder scheduler(ScheduledExecutorService v) {
        this.scheduler = v;
        return this;
    }

    public UnionEngine build() {
        if (members == null || members.isEmpty()) {
            throw new IllegalStateException("a union engine needs at least one member");
        }
        Objects.requireNonNull(deduplicator, "deduplicator");
        Set<String> ids = new HashSet<>();
        Map<String, SharingFilter> filters = new HashMap<>();
        for (MemberClient m : members) {
            if (!ids.add(m.id().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("two members share the id " + m.id());
            }
            filters.put(m.id(), new SharingFilter(m.spec().sharing()));
        }
        MeterRegistry meters = registry != null ? registry : new SimpleMeterRegistry();
        FederationMetrics metrics = new FederationMetrics(meters);
        Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
        for (MemberClient m : members) {
            CircuitBreaker breaker = new CircuitBreaker(settings.breaker(), ticker);
            breakers.put(m.id(), breaker);
            metrics.bindBreaker(m.id(), breaker);
        }
        boolean ownsScheduler = scheduler == null;
        ScheduledExecutorService timer = ownsScheduler ? defaultScheduler() : scheduler;
        CpuPool ownedCpu = mergeExecutor == null ? CpuPool.bounded("unigate-cpu") : null;
        // The very instance the member clients deliver on, when given, so its threads are known as its own.
        CpuPool cpu = ownedCpu != null ? ownedCpu
                : mergeExecutor instanceof CpuPool given ? given : new CpuPool(mergeExecutor);
        MemberRecordCache recordCache = new MemberRecordCache(
                CacheSettings.of(settings.recordCacheSize(), settings.resultSetTtl()), ticker, meters);
        MemberChain chain = chain(metrics, breakers, timer, cpu, filters, recordCache);
        RoundMerger merger = new RoundMerger(deduplicator, new Ranker(), metrics, settings.maxFetchDepth());
        return new UnionEngine(new Parts(members, settings, ticker, clock, cpu, ownedCpu, timer, ownsScheduler,
                chain, new FanOut(chain), merger, new ResultSetStore(settings, ticker, meters),
                new UnionResultCache<>(CacheSettings.of(settings.cacheSize(), settings.cacheTtl()), ticker, meters),
                recordCache, metrics, Map.copyOf(breakers), Map.copyOf(filters)));
    }

    /**
     * The member-call chain every search's member calls pass through, outermost first: meters see
     * every call however it ended; admission answers busy before the breaker counts anything; the
     * breaker keeps calls from a failing member; the deadline bounds the call and cancels it down
     * to the socket; expansion and sharing adapt the call and its records to the member; the
     * record cache keeps what the member sent; the client speaks the member's protocol.
     */
    private MemberChain chain(FederationMetrics metrics, Map<String, CircuitBreaker> breakers,
                              ScheduledExecutorService timer, CpuPool cpu, Map<String, SharingFilter> filters,
                              MemberRecordCache recordCache) {
        return new MemberChain(List.of(
                new MetricsLink(metrics),
                new AdmissionLink(memberConcurrency),
                new BreakerLink(breakers::get),
                new DeadlineLink(timer, ticker),
                new ExpansionLink(),
                new SharingLink(filters, metrics),
                new RecordCacheLink(recordCache, cpu)),
                new ClientLink(ticker, cpu));
    }

    private static ScheduledExecutorService defaultScheduler() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "unigate-member-timeouts");
            t.setDaemon(true);
            return t;
        });
        // Most timers are cancelled because the member answered; drop them at once.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
