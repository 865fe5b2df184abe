package org.unigate.testbed.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Side-by-side SRU load on real Zebra members and on the gateway's union of them, in one run:
 * each member directly, the union reached over Z39.50 with the result cache off, the union over
 * SRU, and the union answering a repeated search from its cache; the same list of title words
 * for every system, at each client count. Prints latency percentiles, throughput and the ratios
 * issue 12 sets targets for. The gateway runs in this process, started from a configuration as
 * {@code unigate serve} starts it; the members are running ones or harness members it starts.
 */
@Command(name = "bench-federation", mixinStandardHelpOptions = true,
        description = "Side-by-side SRU load: Zebra members directly vs. the gateway's union of them (see docs/benchmarks.md).")
public final class FederationBenchmark implements Callable<Integer> {

    @Option(names = "--members", split = ",", paramLabel = "HOST:PORT",
            description = "Running Zebra members (default ${DEFAULT-VALUE}).")
    List<String> members = List.of("127.0.0.1:21101", "127.0.0.1:21102", "127.0.0.1:21103");
    @Option(names = "--database", description = "The members' database (default ${DEFAULT-VALUE}).")
    String database = "biblio";
    @Option(names = "--start-harness", paramLabel = "N",
            description = "Start N harness Zebra members of this run's own (free ports, own state folder) instead of --members; stopped at the end.")
    int startHarness;
    @Option(names = "--harness", description = "The shared harness's scripts (default ${DEFAULT-VALUE}).")
    Path harness = Path.of("../shared/harness");
    @Option(names = "--harness-records", description = "Corpus records the started members index (default ${DEFAULT-VALUE}, the harness's own).")
    int harnessRecords = 10_000;
    @Option(names = "--words-from", description = "MARC file or folder the title words come from (default ${DEFAULT-VALUE}).")
    Path wordsFrom = Path.of("../shared/corpus");
    @Option(names = "--words", description = "Distinct title words in rotation (default ${DEFAULT-VALUE}).")
    int words = 300;
    @Option(names = "--clients", split = ",", description = "Client counts, one phase each (default ${DEFAULT-VALUE}).")
    List<Integer> clients = List.of(1, 8);
    @Option(names = "--requests", description = "Requests per measured phase (default ${DEFAULT-VALUE}).")
    int requests = 1000;
    @Option(names = "--warmup", description = "Unmeasured requests per system first (default ${DEFAULT-VALUE}).")
    int warmup = 200;
    @Option(names = "--max-seconds", description = "Time limit of each phase (default ${DEFAULT-VALUE}).")
    int maxSeconds = 120;
    @Option(names = "--driver-requests", description = "Requests per phase against the trivial endpoint (default ${DEFAULT-VALUE}).")
    int driverRequests = 5000;
    @Option(names = "--sru-union", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also measure the union over the members' SRU doors (default ${DEFAULT-VALUE}).")
    boolean sruUnion;
    @Option(names = "--timeout", description = "Per-request timeout in seconds (default ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new FederationBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        checkArguments();
        out.printf("bench-federation: SRU 1.2 searchRetrieve query=dc.title=<word> maximumRecords=10 recordSchema=%s%n",
                SruUrls.SCHEMA);
        out.printf("machine: %d cores, load average %.1f at start, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), MachineLoad.loadAverage(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("Metaproxy: not measured (not packaged in Debian); the ratios are to the Zebra members measured in this run.");
        HarnessProcess started = startHarness > 0
                ? HarnessProcess.start(harness, startHarness, harnessRecords, out) : null;
        try (HttpGetter http = new HttpGetter(clients.stream().max(Integer::compare).orElse(1),
                Duration.ofSeconds(timeoutSeconds))) {
            List<String> addresses = started != null ? started.addresses() : members;
            return measure(http, addresses) ? 0 : 1;
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    private boolean measure(HttpGetter http, List<String> addresses) throws Exception {
        long t0 = System.nanoTime();
        List<String> list = TitleWords.mostFrequent(TitleWords.read(List.of(wordsFrom.toString())), words);
        if (list.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "no title words in " + wordsFrom);
        }
        out.printf("query list: the %d most frequent title words of %s (read in %.1f s), in rotation: %s ...%n",
                list.size(), wordsFrom, (System.nanoTime() - t0) / 1e9, String.join(", ", list.subList(0, Math.min(12, list.size()))));
        Map<String, String> memberUrls = new LinkedHashMap<>();
        List<String> urls = ZebraConsortium.memberUrls(addresses, database);
        for (int i = 0; i < urls.size(); i++) {
            memberUrls.put("z" + (i + 1) + " (" + addresses.get(i) + ")", urls.get(i));
        }
        WordHits.measure(http, memberUrls, list).print(out);

        FederationReport report = new FederationReport(out, clients);
        for (int m = 0; m < urls.size(); m++) {
            report.add(FederationReport.Kind.MEMBER, phases("z" + (m + 1) + " directly (SRU)", http,
                    rotation(urls.get(m), list), requests, warmup));
        }
        try (BenchGateway gateway = BenchGateway.start(BenchGateway.parse(ZebraConsortium.yaml(addresses, database, true)))) {
            report.add(FederationReport.Kind.UNION, measureUnion(gateway, http,
                    "union of " + urls.size() + " over Z39.50, cache off", ZebraConsortium.Z3950_UNION, list));
            if (sruUnion) {
                report.add(FederationReport.Kind.SRU_UNION, measureUnion(gateway, http,
                        "union of " + urls.size() + " over SRU, cache off", ZebraConsortium.SRU_UNION, list));
            }
        }
        try (BenchGateway gateway = BenchGateway.start(BenchGateway.parse(ZebraConsortium.yaml(addresses, database, false)))) {
            String repeated = SruUrls.searchRetrieve(gateway.sru(ZebraConsortium.Z3950_UNION), SruUrls.title(list.get(0)), 1, 10);
            double hits0 = gateway.cacheHits();
            List<SruPhase.Result> cached = phases("union, cached repeat of \"" + list.get(0) + "\"", http,
                    i -> repeated, requests * 5, warmup);
            out.printf("  union-result cache hits during the cached phases: %s%n", hitsSince(gateway, hits0));
            report.add(FederationReport.Kind.CACHED, cached);
        }
        // Last, when the JIT has compiled the driver's paths as it had for the systems measured.
        String canned = http.get(SruUrls.searchRetrieve(urls.get(0), SruUrls.title(list.get(0)), 1, 10)).join().body();
        try (TrivialEndpoint trivial = TrivialEndpoint.start(http, canned)) {
            report.driver(phases("load driver vs. trivial endpoint", http, i -> trivial.url(), driverRequests,
                    Math.min(driverRequests, 2000)), canned.length());
        }
        out.printf("load average %.1f at the end%n", MachineLoad.loadAverage());
        return report.print();
    }

    private List<SruPhase.Result> measureUnion(BenchGateway gateway, HttpGetter http, String label, String db,
                                               List<String> list) {
        double hits0 = gateway.cacheHits();
        List<SruPhase.Result> results = phases(label, http, rotation(gateway.sru(db), list), requests, warmup);
        out.printf("  union-result cache hits during \"%s\": %s (the cache is off: should be 0)%n", label, hitsSince(gateway, hits0));
        return results;
    }

    /** A warm-up, then one measured phase per client count, each from the start of the rotation. */
    private List<SruPhase.Result> phases(String system, HttpGetter http, IntFunction<String> urls, int count, int warm) {
        long limit = TimeUnit.SECONDS.toNanos(maxSeconds);
        int most = clients.stream().max(Integer::compare).orElse(1);
        if (warm > 0) {
            SruPhase.run(system, http, urls, most, warm, limit);
        }
        List<SruPhase.Result> results = new ArrayList<>();
        for (int c : clients) {
            SruPhase.Result r = SruPhase.run(system, http, urls, c, count, limit);
            out.printf("  measured %-44s %2d client(s): %6d answered in %5.1f s%n", system, c, r.answered(),
                    r.wallNanos() / 1e9);
            results.add(r);
        }
        return results;
    }

    private static IntFunction<String> rotation(String base, List<String> list) {
        String[] urls = list.stream().map(w -> SruUrls.searchRetrieve(base, SruUrls.title(w), 1, 10)).toArray(String[]::new);
        return i -> urls[i % urls.length];
    }

    private static String hitsSince(BenchGateway gateway, double before) {
        double now = gateway.cacheHits();
        return before < 0 || now < 0 ? "not reported by this gateway" : String.format("%.0f", now - before);
    }

    private void checkArguments() {
        clients = clients.stream().distinct().sorted().toList();
        if (!Files.exists(wordsFrom)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "no MARC file or folder at " + wordsFrom.toAbsolutePath() + " for the title words: give --words-from");
        }
        if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > 256) || requests < 1 || warmup < 0
                || maxSeconds < 1 || driverRequests < 1 || words < 1 || timeoutSeconds < 1
                || startHarness < 0 || startHarness > 8 || members.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "arguments out of range");
        }
    }
}
