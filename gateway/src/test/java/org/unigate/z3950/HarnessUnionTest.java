package org.unigate.z3950;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.config.ConfigLoader;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.ServerSettings;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.server.GatewayServer;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.HarnessMembers;


/**
 * Acceptance: a gateway configured like {@code conf/examples/harness.yaml} with three real Zebra
 * members (each holding an overlapping slice of the shared corpus) answers a union search from
 * yaz-client with deduplicated records that yaz-marcdump can read.
 */
class HarnessUnionTest {

    /** Held by every member (the harness's Knuth anchor) and by overlapping corpus slices. */
    private static final String QUERY = "@attr 1=4 programming";
    private static final Pattern HITS = Pattern.compile("Number of hits: (\\d+)");

    @Test
    void theExampleHarnessConfigurationLoads() {
        ConsortiumConfig config = ConfigLoader.load(exampleConfig());

        assertThat(config.members()).extracting(MemberSpec::id)
                .containsExactly("z1", "z2", "z3", "ztest", "oai", "s1", "s2", "s3");
        assertThat(config.members()).filteredOn(m -> m.id().startsWith("z"))
                .allSatisfy(m -> assertThat(m.protocol()).isEqualTo(Protocol.Z3950));
        assertThat(config.members()).filteredOn(m -> m.id().startsWith("s"))
                .allSatisfy(m -> assertThat(m.protocol()).isEqualTo(Protocol.SRU));
        assertThat(config.member("oai").orElseThrow().protocol()).isEqualTo(Protocol.OAI);
        assertThat(config.member("z1").orElseThrow().address()).isEqualTo("127.0.0.1:21101");
        assertThat(config.member("z1").orElseThrow().database()).isEqualTo("biblio");
        assertThat(config.member("ztest").orElseThrow().database()).isEqualTo("Default");
        assertThat(config.resolveDatabase("zebra")).contains(List.of("z1", "z2", "z3"));
        assertThat(config.server().z3950Port()).isEqualTo(2100);
    }

    @Test
    void aUnionSearchFromYazClientComesBackDeduplicated(@TempDir Path tmp) throws Exception {
        ExternalTools.require("yaz-client", "yaz-marcdump");
        HarnessMembers harness = HarnessMembers.zebra(3);
        long sum = 0;
        long most = 0;
        for (int i = 1; i <= 3; i++) {
            long hits = hits(yazClient(harness.zebraAddress(i) + "/" + harness.database(), List.of("find " + QUERY)));
            sum += hits;
            most = Math.max(most, hits);
        }
        assertThat(most).as("hits of the busiest member").isPositive();

        try (GatewayServer gateway = GatewayServer.start(harnessConsortium(harness).withDataDir(tmp.resolve("data")))) {
            Path dump = tmp.resolve("union.mrc");
            String output = yazClient("127.0.0.1:" + gateway.z3950Port() + "/union", List.of(
                    "find " + QUERY, "format usmarc", "set_marcdump " + dump, "show 1+10"));
            long union = hits(output);

            assertThat(union).as("union hits vs. members' %d", sum).isLessThan(sum).isGreaterThanOrEqualTo(most);
            int shown = (int) Math.min(10, union);
            List<String> marcdump = run(List.of("timeout", "60", "yaz-marcdump", "-o", "line", dump.toString()));
            assertThat(marcdump.get(0)).as("yaz-marcdump exit status").isEqualTo("0");
            String records = marcdump.get(1);
            assertThat(Pattern.compile("(?m)^001 ").matcher(records).results().count()).isEqualTo(shown);
            assertThat(records).contains("Knuth");
            assertThat(Pattern.compile("(?m)^001 (.*)$").matcher(records).results().map(m -> m.group(1)).distinct().count())
                    .as("distinct records").isEqualTo(shown);
        }
    }

    @Test
    void everyDoorGivesTheSameCountAndTheLastRecordItTellsOfCanBePresented(@TempDir Path tmp) throws Exception {
        ExternalTools.require("yaz-client");
        HarnessMembers harness = HarnessMembers.zebra(3);
        try (GatewayServer gateway = GatewayServer.start(harnessConsortium(harness).withDataDir(tmp.resolve("data")))) {
            String z3950 = "127.0.0.1:" + gateway.z3950Port() + "/zebra";
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String word : List.of("programming", "history", "whale", "prejudice")) {
                String output = yazClient(z3950, List.of("find @attr 1=4 " + word));
                long count = hits(output);
                counts.put(word, count);
                assertThat(sruCount(gateway, "dc.title=" + word)).as("SRU count for " + word).isEqualTo(count);
                if (count > 0) {
                    String last = yazClient(z3950, List.of("find @attr 1=4 " + word, "format usmarc", "show " + count));
                    assertThat(last).as("presenting record " + count + " of " + word)
                            .contains("nextResultSetPosition = " + (count + 1)).doesNotContain("Diagnostic message");
                }
            }
            // Set arithmetic holds over well-behaved members: each count is the exact union.
            long and = hits(yazClient(z3950, List.of("find @and @attr 1=4 history @attr 1=4 programming")));
            long or = hits(yazClient(z3950, List.of("find @or @attr 1=4 history @attr 1=4 programming")));
            assertThat(or).isEqualTo(counts.get("history") + counts.get("programming") - and);
            assertThat(sruCount(gateway, "dc.title=history or dc.title=programming")).isEqualTo(or);
        }
    }

    private static long sruCount(GatewayServer gateway, String cql) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + gateway.httpPort() + "/sru/zebra?version=1.2&operation=searchRetrieve"
                + "&maximumRecords=0&query=" + URLEncoder.encode(cql, StandardCharsets.UTF_8));
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("numberOfRecords>(\\d+)<").matcher(body);
        assertThat(m.find()).as("numberOfRecords in " + body).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** harness.yaml with its Zebra members on the harness's ports and the gateway on ephemeral ones. */
    private static ConsortiumConfig harnessConsortium(HarnessMembers harness) {
        ConsortiumConfig example = ConfigLoader.load(exampleConfig());
        List<MemberSpec> zebras = new ArrayList<>();
        for (MemberSpec m : example.members()) {
            if (m.id().startsWith("z") && !m.id().equals("ztest")) {
                int i = Integer.parseInt(m.id().substring(1));
                zebras.add(new MemberSpec(m.id(), m.name(), m.protocol(), harness.zebraAddress(i), m.database(),
                        m.recordSyntax(), m.charset(), m.timeout(), m.indexMap(), m.indexOverrides(), m.sharing(),
                        m.paths(), m.expandScripts(), m.version(), m.metadataPrefix(), m.sets()));
            }
        }
        ServerSettings s = example.server();
        ServerSettings ephemeral = new ServerSettings("127.0.0.1", 0, 0, s.idleTimeout(), s.sessionTimeout(), s.maxRecords());
        return new ConsortiumConfig(example.source(), example.name(), example.description(), ephemeral,
                example.federation(), zebras, example.databases());
    }

    private static Path exampleConfig() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("conf/examples/harness.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("conf/examples/harness.yaml not found above " + Path.of("").toAbsolutePath());
    }

    private static long hits(String yazOutput) {
        Matcher m = HITS.matcher(yazOutput);
        assertThat(m.find()).as("hit count in:\n" + yazOutput).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String yazClient(String target, List<String> commands) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>(List.of("charset UTF-8", "open tcp:" + target));
        lines.addAll(commands);
        lines.add("quit");
        Path script = Files.createTempFile("yaz-client", ".txt");
        try {
            Files.write(script, lines, StandardCharsets.UTF_8);
            List<String> result = run(List.of("timeout", "120", "yaz-client", "-f", script.toString()));
            return result.get(1);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Exit status and combined output of a command (bounded by {@code timeout} in front of it). */
    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile())).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return List.of(Integer.toString(p.exitValue()), new String(out, StandardCharsets.UTF_8));
    }
}
