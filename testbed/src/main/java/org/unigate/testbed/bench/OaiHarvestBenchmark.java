package org.unigate.testbed.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.unigate.config.ConfigLoader;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.ServerSettings;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.server.GatewayServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Harvest benchmark of the OAI-PMH provider: starts a gateway in this process (the generated
 * demo consortium, or a configuration file), harvests every set it lists with ListRecords over
 * HTTP to the last resumption token, and prints records per second and the heap's peak.
 */
@Command(name = "bench-oai", mixinStandardHelpOptions = true,
        description = "OAI-PMH harvest benchmark against an in-process gateway (see docs/benchmarks.md).")
public final class OaiHarvestBenchmark implements Callable<Integer> {

    @Option(names = "--config", description = "Consortium file (default: the generated demo consortium).")
    Path config;
    @Option(names = "--members", description = "Generated members (default ${DEFAULT-VALUE}).")
    int members = 8;
    @Option(names = "--works", description = "Works in the generated consortium (default ${DEFAULT-VALUE}).")
    int works = 600;
    @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed = 2026;
    @Option(names = "--prefix", description = "metadataPrefix harvested (default ${DEFAULT-VALUE}).")
    String prefix = "marc21";
    @Option(names = "--max-seconds", description = "Time limit of the harvest (default ${DEFAULT-VALUE}).")
    int maxSeconds = 120;

    public static void main(String[] args) {
        System.exit(new CommandLine(new OaiHarvestBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Path dataDir = Files.createTempDirectory("bench-oai");
        GcWatch heap = new GcWatch();
        long t0 = System.nanoTime();
        try (GatewayServer gateway = GatewayServer.start(consortium(dataDir))) {
            out.printf("gateway: %d members loaded in %.1f s, heap after load %.0f MiB%n",
                    gateway.consortium().clients().size(), (System.nanoTime() - t0) / 1e9, GcWatch.mib(heap.now().heapUsed()));
            String base = "http://127.0.0.1:" + gateway.httpPort() + gateway.consortium().config().oai().path();
            OaiHarvestClient client = new OaiHarvestClient(base, Duration.ofSeconds(60));
            List<String> sets = client.leafSets();
            heap.reset();
            long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
            Map<String, OaiHarvestClient.Harvest> bySet = new TreeMap<>();
            long start = System.nanoTime();
            for (String set : sets) {
                bySet.put(set, client.listRecords(prefix, set, deadline));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report(out, bySet, seconds, heap);
            return bySet.values().stream().allMatch(OaiHarvestClient.Harvest::complete) ? 0 : 1;
        } finally {
            heap.close();
            TempFolders.delete(dataDir);
        }
    }

    private void report(PrintStream out, Map<String, OaiHarvestClient.Harvest> bySet, double seconds, GcWatch heap) {
        long records = 0;
        long bytes = 0;
        long pages = 0;
        for (Map.Entry<String, OaiHarvestClient.Harvest> e : bySet.entrySet()) {
            OaiHarvestClient.Harvest h = e.getValue();
            out.printf("  %-24s %7d records %5d pages %8.1f MiB%s%n", e.getKey(), h.records(), h.pages(),
                    h.bytes() / 1048576.0, h.complete() ? "" : "  (stopped: time limit)");
            records += h.records();
            bytes += h.bytes();
            pages += h.pages();
        }
        out.printf("harvested (%s): %d records, %d pages, %.1f MiB in %.2f s%n", prefix, records, pages,
                bytes / 1048576.0, seconds);
        out.printf("records per second: %.0f%n", records / seconds);
        GcWatch.Figures gc = heap.now();
        out.printf("heap peak during harvest: %.0f MiB (sum of pool peaks), live after GC at most %.0f MiB, max heap %.0f MiB%n",
                GcWatch.mib(gc.heapPeak()), GcWatch.mib(gc.heapAfterGcMax()), GcWatch.mib(gc.heapMax()));
    }

    private ConsortiumConfig consortium(Path dataDir) {
        ConsortiumConfig base = config != null ? ConfigLoader.load(config) : generated();
        ServerSettings s = base.server();
        return base.withServer(new ServerSettings("127.0.0.1", 0, 0, s.idleTimeout(), s.sessionTimeout(), s.maxRecords()))
                .withDataDir(dataDir);
    }

    private ConsortiumConfig generated() {
        if (members < 1 || members > 64 || works < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "arguments out of range");
        }
        List<MemberSpec> specs = new ArrayList<>();
        for (int m = 1; m <= members; m++) {
            String location = "generated:demo?seed=" + seed + "&works=" + works + "&members=" + members + "&member=" + m;
            specs.add(MemberSpec.builder("m" + m, Protocol.EMBEDDED).name("Generated member " + m)
                    .paths(List.of(location)).build());
        }
        return new ConsortiumConfig(null, "Generated consortium (benchmark)", null, null, null, specs, Map.of());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<byte[]> get(HttpClient http, String url, Duration timeout) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
