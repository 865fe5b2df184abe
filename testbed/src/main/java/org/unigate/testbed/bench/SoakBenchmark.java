package org.unigate.testbed.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.unigate.config.ConfigLoader;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.Durations;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The memory soak: many SRU clients sending searches that never repeat (so none comes from the
 * cache), with random page sizes and deeper pages, for minutes, against a gateway started in
 * this process, while the JVM's own collectors and memory pools are watched. Run it inside the
 * heap the gateway is deployed with ({@code bin/unigate} sets it).
 */
@Command(name = "bench-soak", mixinStandardHelpOptions = true,
        description = "Memory soak: N clients x never-repeating SRU searches against an in-process gateway, with GC figures (see docs/benchmarks.md).")
public final class SoakBenchmark implements Callable<Integer> {

    private static final Path SHARED_CORPUS = Path.of("../shared/corpus");

    @Option(names = "--config", description = "Consortium the gateway runs (default ${DEFAULT-VALUE}, the demo).")
    Path config = Path.of("conf/consortium.yaml");
    @Option(names = "--members", split = ",", paramLabel = "HOST:PORT",
            description = "Instead of --config: a union of these running Zebra members (e.g. the harness's 127.0.0.1:21101,...).")
    List<String> members = List.of();
    @Option(names = "--database", description = "The Zebra members' database (default ${DEFAULT-VALUE}).")
    String database = "biblio";
    @Option(names = "--words-from", description = "MARC file or folder the title words come from (default: the embedded members' own catalogues, or ../shared/corpus with --members).")
    Path wordsFrom;
    @Option(names = "--words", description = "Title words the searches are made of (default ${DEFAULT-VALUE}).")
    int words = 300;
    @Option(names = "--clients", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    int clients = 20;
    @Option(names = "--duration", description = "How long the clients run, e.g. 30s, 10m (default ${DEFAULT-VALUE}).")
    String duration = "10m";
    @Option(names = "--report-every", description = "Interval between progress lines (default: a tenth of the duration, 10s to 1m).")
    String reportEvery;
    @Option(names = "--page-sizes", split = ",", description = "maximumRecords values drawn from (default ${DEFAULT-VALUE}).")
    List<Integer> pageSizes = List.of(10, 20, 50);
    @Option(names = "--seed", description = "Seed of page sizes and positions (default ${DEFAULT-VALUE}).")
    long seed = 2026;
    @Option(names = "--timeout", description = "Per-request timeout in seconds (default ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Duration length = duration(duration, "--duration");
        Duration every = reportEvery != null ? duration(reportEvery, "--report-every")
                : Duration.ofSeconds(Math.max(10, Math.min(60, length.toSeconds() / 10)));
        if (clients < 1 || clients > 1024 || words < 2 || timeoutSeconds < 1 || pageSizes.isEmpty()
                || pageSizes.stream().anyMatch(s -> s < 1)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "arguments out of range");
        }
        PrintStream out = System.out;
        ConsortiumConfig consortium = consortium();
        out.printf("bench-soak: %d clients, %s, never-repeating SRU searches (page sizes %s, deeper pages) on %s%n",
                clients, Durations.format(length), pageSizes, members.isEmpty() ? config : "Zebra members " + members);
        out.printf("JVM: %s, heap max %d MiB, %d cores, arguments %s, load average %.1f%n", GcWatch.collectors(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), MachineLoad.loadAverage());
        List<String> list = TitleWords.mostFrequent(TitleWords.read(wordSources(consortium)), words);
        if (list.size() < 2) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "fewer than two title words in " + wordSources(consortium) + ": give --words-from");
        }
        DistinctQueries queries = new DistinctQueries(list);
        out.printf("searches: pairs of %d title words (%s ...), %d distinct before any would repeat%n", list.size(),
                String.join(", ", list.subList(0, Math.min(8, list.size()))), queries.capacity());
        try (GcWatch gc = new GcWatch()) {
            long t0 = System.nanoTime();
            try (BenchGateway gateway = BenchGateway.start(consortium);
                 HttpGetter http = new HttpGetter(clients, Duration.ofSeconds(timeoutSeconds))) {
                out.printf("gateway: %d members started in %.1f s, heap %.0f MiB after start%n",
                        consortium.members().size(), (System.nanoTime() - t0) / 1e9, GcWatch.mib(gc.now().heapUsed()));
                String base = gateway.sru(members.isEmpty() ? null : ZebraConsortium.Z3950_UNION);
                int[] sizes = pageSizes.stream().mapToInt(Integer::intValue)
                        .map(s -> Math.min(s, consortium.server().maxRecords())).toArray();
                SoakReport report = new SoakReport(out, gc);
                gc.reset();
                SoakClients soak = new SoakClients(http, base, queries, sizes);
                CompletableFuture<Void> done = soak.run(clients, length.toNanos(), seed);
                report.header();
                while (!waitFor(done, every)) {
                    report.interval(soak.drainInterval());
                }
                report.interval(soak.drainInterval());
                return report.summary(soak, clients) ? 0 : 1;
            }
        }
    }

    private ConsortiumConfig consortium() {
        if (!members.isEmpty()) {
            return BenchGateway.parse(ZebraConsortium.yaml(members, database, false));
        }
        if (!Files.isRegularFile(config)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "no consortium file at " + config.toAbsolutePath() + ": run from the project folder, or give --config or --members");
        }
        return ConfigLoader.load(config);
    }

    /** Where the searches' words come from: what the members hold, as far as this process can read it. */
    private List<String> wordSources(ConsortiumConfig consortium) {
        if (wordsFrom != null) {
            if (!Files.exists(wordsFrom)) {
                throw new CommandLine.ParameterException(new CommandLine(this), "no MARC file or folder at " + wordsFrom);
            }
            return List.of(wordsFrom.toString());
        }
        List<String> embedded = new ArrayList<>();
        for (MemberSpec m : consortium.members()) {
            if (m.protocol() == Protocol.EMBEDDED) {
                embedded.addAll(m.paths());
            }
        }
        if (members.isEmpty() && !embedded.isEmpty()) {
            return embedded;
        }
        if (!Files.isDirectory(SHARED_CORPUS)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "no corpus at " + SHARED_CORPUS.toAbsolutePath() + " for the title words: give --words-from");
        }
        return List.of(SHARED_CORPUS.toString());
    }

    /** True once done; false when the interval passed first. */
    private static boolean waitFor(CompletableFuture<Void> done, Duration interval) throws Exception {
        try {
            done.get(interval.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private Duration duration(String text, String option) {
        Duration d = Durations.parse(text).orElseThrow(() -> new CommandLine.ParameterException(new CommandLine(this),
                option + " must be a duration such as 30s or 10m, got " + text));
        if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofHours(24)) > 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), option + " must be between 1 ms and 24 h");
        }
        return d;
    }
}
