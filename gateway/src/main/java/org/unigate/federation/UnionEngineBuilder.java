package org.unigate.federation;

import org.unigate.union.Deduplicator;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.unigate.cache.CacheSettings;
import org.unigate.cache.MemberRecordCache;
import org.unigate.cache.UnionResultCache;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.fanout.FanOut;
import org.unigate.federation.rank.Ranker;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.member.MemberClient;

/**
 * Builds a {@link UnionEngine}. Members and a deduplicator are required; everything else has a
 * default: {@link UnionSettings#DEFAULTS}, a private meter registry, the system ticker and clock,
 * a merge pool of one thread per core, and one daemon timer thread for all member timeouts.
 */
public final class UnionEngineBuilder {

    /** What the engine is made of, assembled. */
    record Parts(List<MemberClient> members, UnionSettings settings, Ticker ticker, Clock clock,
                 Executor mergeExecutor, ExecutorService ownedMergePool, ScheduledExecutorService scheduler,
                 boolean ownsScheduler, FanOut fanOut,
                 RoundMerger merger, ResultSetStore store, UnionResultCache<String> resultCache,
                 MemberRecordCache recordCache, FederationMetrics metrics, Map<String, CircuitBreaker> breakers) {
    }

    private List<MemberClient> members;
    private Deduplicator deduplicator;
    private UnionSettings settings = UnionSettings.DEFAULTS;
    private MeterRegistry registry;
    private Ticker ticker = Ticker.systemTicker();
    private Clock clock = Clock.systemUTC();
    private Executor mergeExecutor;
    private ScheduledExecutorService scheduler;

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
     * Where members' answers are prepared as they arrive (match keys, ranking text) and where
     * large or deeper rounds are merged; by default a pool of one daemon thread per core that the
     * engine owns. Never a member's I/O thread: that work takes milliseconds. (A small first round
     * is merged where its last answer arrived: see {@code UnionEngine}.)
     */
    public UnionEngineBuilder mergeExecutor(Executor v) {
        this.mergeExecutor = Objects.requireNonNull(v, "mergeExecutor");
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
        ExecutorService ownedMergePool = mergeExecutor == null ? defaultMergePool() : null;
        Executor merging = mergeExecutor == null ? ownedMergePool : mergeExecutor;
        FanOut fanOut = new FanOut(timer, ticker, breakers::get, metrics);
        MemberRecordCache recordCache = new MemberRecordCache(
                CacheSettings.of(settings.recordCacheSize(), settings.resultSetTtl()), ticker, meters);
        RoundMerger merger = new RoundMerger(filters, deduplicator, new Ranker(), metrics, recordCache,
                settings.maxFetchDepth());
        return new UnionEngine(new Parts(members, settings, ticker, clock, merging, ownedMergePool, timer, ownsScheduler,
                fanOut, merger, new ResultSetStore(settings, ticker, meters),
                new UnionResultCache<>(CacheSettings.of(settings.cacheSize(), settings.cacheTtl()), ticker, meters),
                recordCache, metrics, Map.copyOf(breakers)));
    }

    private static ExecutorService defaultMergePool() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "unigate-merge-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
