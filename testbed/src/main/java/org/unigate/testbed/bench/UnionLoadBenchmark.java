package org.unigate.testbed.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.unigate.union.Deduplicator;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionSettings;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load benchmark of the union engine over simulated in-process members: how close union search
 * latency stays to the slowest member's, how fast a cached search answers, and how many union
 * searches per second the gateway sustains. Bounded in count and time; touches no network.
 */
@Command(name = "bench-union", mixinStandardHelpOptions = true,
        description = "Union search load benchmark over simulated members (see docs/benchmarks.md).")
public final class UnionLoadBenchmark implements Callable<Integer> {

    @Option(names = "--members", description = "Simulated members (default ${DEFAULT-VALUE}).")
    int members = 8;
    @Option(names = "--latency", description = "Member latency, mean±spread (default ${DEFAULT-VALUE}).")
    String latency = "20ms±10ms";
    @Option(names = "--slow-members", description = "How many members are slow (default ${DEFAULT-VALUE}).")
    int slowMembers = 1;
    @Option(names = "--slow-latency", description = "Slow members' latency (default ${DEFAULT-VALUE}).")
    String slowLatency = "50ms±10ms";
    @Option(names = "--searches", description = "Measured union searches (default ${DEFAULT-VALUE}).")
    int searches = 2000;
    @Option(names = "--warmup", description = "Unmeasured searches first (default ${DEFAULT-VALUE}).")
    int warmup = 1500;
    @Option(names = "--concurrency", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    int concurrency = 4;
    @Option(names = "--cached-searches", description = "Repeated searches timed from the cache (default ${DEFAULT-VALUE}).")
    int cachedSearches = 20_000;
    @Option(names = "--works", description = "Works in the generated consortium (default ${DEFAULT-VALUE}).")
    int works = 2000;
    @Option(names = "--window", description = "Works a search matches; members return their holdings among them (default ${DEFAULT-VALUE}).")
    int window = 64;
    @Option(names = "--dedup", description = "clustering (the gateway's) or none, to isolate the engine's own cost (default ${DEFAULT-VALUE}).")
    String dedup = "clustering";
    @Option(names = "--seed", description = "Generator and latency seed (default ${DEFAULT-VALUE}).")
    long seed = 2026;
    @Option(names = "--max-seconds", description = "Time limit of each phase (default ${DEFAULT-VALUE}).")
    int maxSeconds = 120;

    public static void main(String[] args) {
        System.exit(new CommandLine(new UnionLoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() {
        checkArguments();
        PrintStream out = System.out;
        LatencySpec normal = LatencySpec.parse(latency);
        LatencySpec slow = LatencySpec.parse(slowLatency);
        long t0 = System.nanoTime();
        BenchCorpus corpus = BenchCorpus.generate(seed, works, members);
        out.printf("corpus: %d records of %d works for %d members, generated in %.1f s%n",
                corpus.records(), works, members, (System.nanoTime() - t0) / 1e9);

        // A thread per member, as a client has I/O threads: the gateway merges on the thread that
        // delivered a round's last answer, and that must not hold back another member's answer
        // (its latency, measured when it is delivered, would then count the gateway's work).
        ScheduledThreadPoolExecutor memberTimer = new ScheduledThreadPoolExecutor(members);
        ConcurrentMap<String, Long> slowest = new ConcurrentHashMap<>();
        List<SimulatedMember> simulated = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            boolean isSlow = m >= members - slowMembers;
            MemberSpec spec = MemberSpec.builder("m" + (m + 1), Protocol.EMBEDDED).timeout(Duration.ofSeconds(10)).build();
            simulated.add(new SimulatedMember(spec, corpus.member(m), window, isSlow ? slow : normal, memberTimer,
                    slowest, seed + m));
        }
        try (UnionEngine engine = UnionEngine.builder()
                .members(List.<MemberClient>copyOf(simulated))
                .deduplicator(deduplicator())
                .settings(UnionSettings.DEFAULTS)
                .meterRegistry(new SimpleMeterRegistry())
                .build()) {
            long limit = Duration.ofSeconds(maxSeconds).toNanos();
            LoadDriver.run(engine, "warm-", warmup, concurrency, limit);
            simulated.forEach(s -> s.own.clear());
            slowest.clear();
            long cpu0 = MachineLoad.processCpuNanos();
            LoadDriver.Run run = LoadDriver.run(engine, "q-", searches, concurrency, limit);
            long cpuPerSearch = (MachineLoad.processCpuNanos() - cpu0) / Math.max(1, run.completed());
            Percentiles cached = cachedLatency(engine, limit);
            new BenchReport(out).print(this, normal, slow, simulated, slowest, run, cpuPerSearch, cached);
            return run.failed() == 0 ? 0 : 1;
        } finally {
            memberTimer.shutdownNow();
        }
    }

    private Percentiles cachedLatency(UnionEngine engine, long limitNanos) {
        UnionRequest request = UnionRequest.of(SearchQuery.of(Clause.of("cql.anywhere", "cached")));
        engine.search(request).join();
        Percentiles cached = new Percentiles();
        long end = System.nanoTime() + limitNanos;
        for (int i = 0; i < cachedSearches && System.nanoTime() - end < 0; i++) {
            long t = System.nanoTime();
            engine.search(request).join();
            cached.add(System.nanoTime() - t);
        }
        return cached;
    }

    private Deduplicator deduplicator() {
        return switch (dedup) {
            case "clustering" -> new ClusteringDeduplicator();
            case "none" -> new NoDeduplication();
            default -> throw new CommandLine.ParameterException(new CommandLine(this), "--dedup is clustering or none");
        };
    }

    private void checkArguments() {
        if (members < 1 || members > 64 || slowMembers < 0 || slowMembers > members || searches < 1
                || warmup < 0 || concurrency < 1 || concurrency > 1024 || cachedSearches < 1 || works < window
                || window < 1 || maxSeconds < 1 || maxSeconds > 3600) {
            throw new CommandLine.ParameterException(new CommandLine(this), "arguments out of range");
        }
    }
}
