package org.unigate.oai.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.OaiSettings;
import org.unigate.config.ServerSettings;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.federation.catalogue.UnionCatalogue;
import org.unigate.federation.catalogue.UnionCatalogues;
import org.unigate.feed.FeedEntry;
import org.unigate.http.HttpFrontEnd;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.consortium.Consortium;
import org.unigate.consortium.MemberClients;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.SharedData;

/**
 * The provider over HTTP, over real catalogue exports held by embedded members and their union
 * catalogue: the Perl harvester (HTTP::OAI's oai_pmh) and the harness's check-oai.sh harvest it
 * completely, gzip is served on request, and a from-harvest sees exactly what changed.
 */
class OaiHarvestTest {

    /**
     * Exports whose records all carry distinct 001s: the embedded catalogue keeps every record
     * repeating an 001 under that same id (see the report), which no OAI identifier can tell apart.
     */
    private static final List<String> MEMBERS = List.of("pennstate", "temple", "indexdata", "brown");

    @TempDir
    static Path dataDir;
    private static Vertx vertx;
    private static Consortium consortium;
    private static UnionCatalogue union;
    private static HttpFrontEnd http;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        ExternalTools.require("oai_pmh", "xmllint", "xsltproc", "curl");
        List<MemberSpec> members = new ArrayList<>();
        for (String id : MEMBERS) {
            members.add(MemberSpec.builder(id, Protocol.EMBEDDED).name(id + " library")
                    .paths(List.of(SharedData.corpusFile(id + ".mrc").toString())).build());
        }
        OaiSettings oai = new OaiSettings("/oai", null, "oai@test.example.org", "test.example.org", 100,
                Duration.ofHours(1), null);
        ConsortiumConfig config = new ConsortiumConfig(null, "Harvest test consortium", null,
                ServerSettings.DEFAULTS, null, members, Map.of(), null, oai, null, dataDir);
        vertx = Vertx.vertx();
        consortium = Consortium.open(config, MemberClients.standard(vertx, dataDir), new SimpleMeterRegistry());
        union = UnionCatalogues.start(config, consortium.clients(), null);
        // Wait for the refresh start() scheduled: one running mid-harvest would rightly re-list what it re-dates.
        union.scheduleRefresh().get(2, TimeUnit.MINUTES);
        List<OaiSet> sets = new ArrayList<>(OaiProvider.sets(consortium));
        sets.add(OaiSet.union("Union catalogue", union));
        OaiEndpoint endpoint = new OaiEndpoint(vertx, "/oai", OaiProvider.repository(config, sets, Clock.systemUTC()),
                Clock.systemUTC());
        http = HttpFrontEnd.start(vertx, "127.0.0.1", 0, List.of(endpoint)).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + http.port() + "/oai";
    }

    @AfterAll
    static void stop() throws Exception {
        if (http != null) {
            http.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (union != null) {
            union.close();
        }
        if (consortium != null) {
            consortium.close();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** Runs a tool; {@code withErrors} false drops stderr (oai_pmh's warnings would cut into records). */
    private static String run(boolean withErrors, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (withErrors) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Identifiers the HTTP::OAI harvester lists for a set (it follows every resumption token). */
    private static List<String> harvest(String set) throws Exception {
        String out = run(false, "oai_pmh", "--metadataPrefix", "oai_dc", "--set", set, base);
        return Arrays.stream(out.split("[\n\f]")).filter(l -> l.startsWith("identifier: "))
                .map(l -> l.substring("identifier: ".length()).trim()).toList();
    }

    private static EmbeddedCatalogue catalogue(String member) {
        return consortium.clients().stream().filter(c -> c.id().equals(member))
                .map(c -> ((EmbeddedMemberClient) c).catalogue()).findFirst().orElseThrow();
    }

    @Test
    void theHttpOaiHarvesterGetsEveryMemberRecordAndEveryUnionRecordOnce() throws Exception {
        for (String member : List.of("pennstate", "temple")) {
            List<String> ids = harvest("member:" + member);
            assertThat(ids).as(member).doesNotHaveDuplicates();
            assertThat((long) ids.size()).as(member).isEqualTo(catalogue(member).count(null, null))
                    .isGreaterThan(200);
        }
        union.refresh(); // another test may have changed a member since: list what the union now holds
        List<String> unionIds = harvest("union");
        assertThat(unionIds).doesNotHaveDuplicates();
        assertThat((long) unionIds.size()).isEqualTo(union.count(null, null)).isGreaterThan(500);
        assertThat(unionIds).allMatch(id -> id.startsWith("oai:test.example.org:union:"));
    }

    @Test
    void theHarnessAcceptanceCheckPasses() throws Exception {
        String out = run(true, SharedData.harness().resolve("check-oai.sh").toString(), base);
        assertThat(out).as(out).contains(" 0 failed").doesNotContain("FAIL ");
    }

    @Test
    void responsesAreGzippedWhenTheHarvesterAsks() throws Exception {
        String headers = run(true, "curl", "-s", "-D", "-", "-o", "/dev/null", "-H", "Accept-Encoding: gzip",
                base + "?verb=ListRecords&metadataPrefix=marc21");
        assertThat(headers.toLowerCase(java.util.Locale.ROOT)).contains("content-encoding: gzip");
        Path body = Files.createTempFile(dataDir, "page", ".xml");
        run(true, "curl", "-s", "--compressed", "-o", body.toString(), base + "?verb=ListRecords&metadataPrefix=marc21");
        OaiXml page = new OaiXml(Files.readString(body)).assertValid();
        assertThat(page.identifiers()).hasSize(100);
        assertThat(page.token()).isNotEmpty();
    }

    @Test
    void postAndBrokenRequestsAreAnsweredInProtocol() throws Exception {
        String post = run(true, "curl", "-s", "--data-urlencode", "verb=GetRecord", "--data-urlencode",
                "metadataPrefix=oai_dc", "--data-urlencode", "identifier=oai:test.example.org:nobody:1", base);
        assertThat(new OaiXml(post).assertValid().errorCode()).isEqualTo("idDoesNotExist");
        String broken = run(true, "curl", "-s", base + "?verb=Identify&x=%ZZ");
        assertThat(new OaiXml(broken).assertValid().errorCode()).isEqualTo("badVerb");
        String mixed = run(true, "curl", "-s", "--data", "metadataPrefix=oai_dc", base + "?verb=ListSets");
        assertThat(new OaiXml(mixed).assertValid().errorCode()).isEqualTo("badArgument");
    }

    @Test
    void aFromHarvestShowsExactlyTheChangesIncludingDeletions() throws Exception {
        EmbeddedCatalogue catalogue = catalogue("brown");
        List<FeedEntry<MarcRecord>> held = catalogue.changes(null, null, null, 3);
        Instant later = Instant.parse("2091-05-01T12:00:00Z");
        catalogue.put(held.get(0).id(), held.get(0).value(), later);
        catalogue.put("new-record-1", held.get(1).value(), later.plusSeconds(1));
        catalogue.delete(held.get(2).id(), later.plusSeconds(2));
        catalogue.refresh();
        Path body = Files.createTempFile(dataDir, "changes", ".xml");
        run(true, "curl", "-s", "-o", body.toString(),
                base + "?verb=ListRecords&metadataPrefix=oai_dc&set=member:brown&from=2091-05-01");
        OaiXml changes = new OaiXml(Files.readString(body)).assertValid();
        String prefix = "oai:test.example.org:brown:";
        assertThat(changes.identifiers()).containsExactly(prefix + OaiIdentifiers.escape(held.get(0).id()),
                prefix + "new-record-1", prefix + OaiIdentifiers.escape(held.get(2).id()));
        assertThat(changes.xpath("string((//*[local-name()='header'])[3]/@status)")).isEqualTo("deleted");
        assertThat(changes.xpath("count(//*[local-name()='header'][@status])")).isEqualTo("1");
        assertThat(changes.xpath("count(//*[local-name()='metadata'])")).isEqualTo("2");
    }
}
