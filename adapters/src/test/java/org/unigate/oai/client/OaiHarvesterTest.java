package org.unigate.oai.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.feed.FeedEntry;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;

/** The harvester against a WireMock provider that misbehaves in the ways real ones do. */
class OaiHarvesterTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final HarvestOptions FAST = HarvestOptions.DEFAULTS.withTimeout(Duration.ofSeconds(5))
            .withRetries(3).withRetryDelay(Duration.ofMillis(50), Duration.ofSeconds(2));

    @TempDir
    Path folder;
    private final FakeOaiProvider provider = new FakeOaiProvider();
    private WireMockServer wire;
    private Vertx vertx;
    private OaiHarvester harvester;

    @BeforeEach
    void start() {
        wire = new WireMockServer(options().dynamicPort().gzipDisabled(true).extensions(provider));
        wire.start();
        wire.stubFor(any(urlPathEqualTo("/oai")).willReturn(aResponse().withStatus(200)));
        vertx = Vertx.vertx();
        harvester = new OaiHarvester(vertx, FAST);
    }

    @AfterEach
    void stop() throws Exception {
        harvester.close();
        wire.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static MarcRecord book(String id, String title) {
        return new MarcRecord("00000nam a2200000 a 4500", List.of(new ControlField("001", id),
                new ControlField("008", "240501s2024    xx " + " ".repeat(17) + "eng d"),
                new DataField("245", '1', '0', List.of(new Subfield('a', title)))));
    }

    private MemberSpec.Builder member() {
        return MemberSpec.builder("oai1", Protocol.OAI).address(wire.baseUrl() + "/oai");
    }

    private HarvestReport harvest(EmbeddedCatalogue catalogue, boolean full) throws Exception {
        return harvester.harvest(member().build(), catalogue, full, HarvestProgress.NONE);
    }

    private static Map<String, MarcRecord> held(EmbeddedCatalogue catalogue) throws IOException {
        Map<String, MarcRecord> out = new TreeMap<>();
        for (FeedEntry<MarcRecord> e : catalogue.changes(null, null, null, 10_000)) {
            if (!e.deleted()) {
                out.put(e.id(), e.value());
            }
        }
        return out;
    }

    private static FakeOaiProvider.Fault when(Predicate<Map<String, String>> match, ResponseDefinitionBuilder response) {
        return params -> match.test(params) ? response.build() : null;
    }

    private static Predicate<Map<String, String>> resumingAt(int offset) {
        return p -> p.getOrDefault("resumptionToken", "").endsWith("|" + offset);
    }

    private static ResponseDefinitionBuilder oaiXml(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody(FakeOaiProvider.envelope(content));
    }

    @Test
    void survivesFaultsAndARestartedHarvestEndsWithExactlyTheProvidersRecords() throws Exception {
        Map<String, MarcRecord> expected = new TreeMap<>();
        for (int i = 0; i < 23; i++) {
            String id = String.format("oai:fake:%02d", i);
            MarcRecord record = book("b" + i, "Book number " + i);
            provider.put(id, T0.plusSeconds(i), record);
            expected.put(id, record);
        }
        provider.putRaw("oai:fake:broken", T0, "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>x</leader></record>");
        provider.delete("oai:fake:gone", T0.plusSeconds(3));
        provider.fault(when(p -> "ListRecords".equals(p.get("verb")) && p.containsKey("metadataPrefix"),
                aResponse().withStatus(503).withHeader("Retry-After", "1")));
        provider.fault(when(resumingAt(5), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        provider.fault(when(resumingAt(10), oaiXml("<error code=\"badResumptionToken\">expired</error>")));
        String cutOff = FakeOaiProvider.envelope("<ListRecords><record><header><identifier>oai:fake:15");
        for (int i = 0; i < 3; i++) {
            provider.fault(when(resumingAt(15), aResponse().withStatus(200).withBody(cutOff)));
        }

        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.onDisk(folder)) {
            assertThatThrownBy(() -> harvest(catalogue, false))
                    .isInstanceOf(HarvestException.class)
                    .satisfies(e -> assertThat(((HarvestException) e).report().pages()).isEqualTo(5));
            // The refused token restarted the list; pages up to offset 15 are committed (the
            // malformed record is not there, the tombstone is).
            assertThat(catalogue.count(null, null)).isEqualTo(15);
        }
        int before = provider.requests().size();
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.onDisk(folder)) {
            HarvestReport report = harvest(catalogue, false);

            assertThat(report.complete()).isTrue();
            assertThat(provider.requests().get(before + 1)).containsEntry("resumptionToken", "||15");
            assertThat(held(catalogue)).isEqualTo(expected);
            assertThat(catalogue.entry("oai:fake:gone").orElseThrow().deleted()).isTrue();
            assertThat(catalogue.size()).isEqualTo(23);
            assertThat(report.highWater()).isEqualTo(T0.plusSeconds(22));
        }
        // The whole story, as requests: 503 retried, the refused token restarted the list.
        List<Map<String, String>> lists = provider.requests().stream().filter(p -> "ListRecords".equals(p.get("verb"))).toList();
        assertThat(lists.stream().filter(p -> p.containsKey("metadataPrefix")).count()).isEqualTo(3);
    }

    @Test
    void aProviderThatFallsSilentIsRetried() throws Exception {
        provider.put("oai:fake:1", T0, book("1", "One"));
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            harvest(catalogue, false); // warms the provider up: the timeout below is meant for the silence only
        }
        provider.fault(when(p -> "ListRecords".equals(p.get("verb")),
                aResponse().withStatus(200).withFixedDelay(8_000).withBody("late")));
        int before = provider.requests().size();
        try (OaiHarvester impatient = new OaiHarvester(vertx, FAST.withTimeout(Duration.ofSeconds(2)));
             EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            HarvestReport report = impatient.harvest(member().build(), catalogue, false, HarvestProgress.NONE);
            assertThat(report.complete()).isTrue();
            assertThat(catalogue.size()).isEqualTo(1);
        }
        // Identify, ListMetadataFormats, the silent list, the answered one.
        assertThat(provider.requests().subList(before, provider.requests().size()))
                .extracting(p -> p.get("verb"))
                .containsExactly("Identify", "ListMetadataFormats", "ListRecords", "ListRecords");
    }

    @Test
    void malformedRecordIsSkippedAndReportedWithItsIdentifier() throws Exception {
        provider.put("oai:fake:1", T0, book("1", "Good one"));
        provider.putRaw("oai:fake:2", T0, "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>x</leader></record>");
        provider.putRaw("oai:fake:3", T0, "<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo/></mods>");
        provider.put("oai:fake:4", T0, book("4", "Good too"));
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            HarvestReport report = harvest(catalogue, false);
            assertThat(report.skippedCount()).isEqualTo(2);
            assertThat(report.skipped()).extracting(HarvestReport.SkippedRecord::identifier)
                    .containsExactly("oai:fake:2", "oai:fake:3");
            assertThat(report.skipped().get(1).reason()).contains("neither MARCXML nor oai_dc");
            assertThat(held(catalogue).keySet()).containsExactly("oai:fake:1", "oai:fake:4");
        }
    }

    @Test
    void incrementalHarvestMovesOnlyWhatChanged() throws Exception {
        for (int i = 0; i < 12; i++) {
            provider.put("oai:fake:" + (char) ('a' + i), T0.plusSeconds(i), book("" + i, "Title " + i));
        }
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            assertThat(harvest(catalogue, false).added()).isEqualTo(12);
            Instant later = T0.plusSeconds(3600);
            provider.put("oai:fake:new1", later, book("n1", "New one"));
            provider.put("oai:fake:new2", later.plusSeconds(1), book("n2", "New two"));
            provider.put("oai:fake:c", later.plusSeconds(2), book("2", "Title 2, revised"));
            provider.delete("oai:fake:d", later.plusSeconds(3));
            int before = provider.requests().size();

            HarvestReport report = harvest(catalogue, false);

            List<Map<String, String>> asked = provider.requests().subList(before, provider.requests().size());
            assertThat(asked).filteredOn(p -> "ListRecords".equals(p.get("verb")))
                    .singleElement().satisfies(p -> assertThat(p).containsEntry("from", "2024-05-01T10:00:11Z"));
            // The boundary record (datestamp = from) comes again and is left alone.
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.updated()).isEqualTo(1);
            assertThat(report.deleted()).isEqualTo(1);
            assertThat(report.unchanged()).isEqualTo(1);
            assertThat(report.earliestChange()).isEqualTo(later);
            assertThat(catalogue.changes(T0.plusSeconds(12), null, null, 100))
                    .extracting(FeedEntry::id, FeedEntry::deleted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("oai:fake:new1", false),
                            org.assertj.core.groups.Tuple.tuple("oai:fake:new2", false),
                            org.assertj.core.groups.Tuple.tuple("oai:fake:c", false),
                            org.assertj.core.groups.Tuple.tuple("oai:fake:d", true));
            assertThat(catalogue.get("oai:fake:c")).contains(book("2", "Title 2, revised"));
        }
    }

    @Test
    void dayGranularityProviderIsAskedFromTheDay() throws Exception {
        provider.dayGranularity();
        provider.put("oai:fake:1", T0, book("1", "One"));
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            harvest(catalogue, false);
            HarvestReport again = harvest(catalogue, false);
            assertThat(provider.requests().get(provider.requests().size() - 1)).containsEntry("from", "2024-05-01");
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.changed()).isZero();
        }
    }

    @Test
    void aRecordInTwoSetsIsStoredOnce() throws Exception {
        provider.put("oai:fake:1", T0, book("1", "Text"), "text");
        provider.put("oai:fake:2", T0, book("2", "Both"), "text", "music");
        provider.put("oai:fake:3", T0, book("3", "Music"), "music");
        provider.put("oai:fake:4", T0, book("4", "Other"), "other");
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            HarvestReport report = harvester.harvest(member().sets(List.of("text", "music")).build(), catalogue,
                    false, HarvestProgress.NONE);
            assertThat(held(catalogue).keySet()).containsExactly("oai:fake:1", "oai:fake:2", "oai:fake:3");
            assertThat(report.added()).isEqualTo(3);
            assertThat(report.unchanged()).isEqualTo(1);
        }
    }

    @Test
    void noRecordsMatchIsAnEmptySuccess() throws Exception {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            HarvestReport report = harvest(catalogue, true);
            assertThat(report.complete()).isTrue();
            assertThat(report.pages()).isZero();
            assertThat(catalogue.count(null, null)).isZero();
        }
    }

    @Test
    void gzippedAnswersAreDecompressedAndProgressIsReported() throws Exception {
        provider.gzip().pageSize(2);
        for (int i = 0; i < 5; i++) {
            provider.put("oai:fake:" + i, T0, book("" + i, "Zipped " + i));
        }
        List<String> progress = new ArrayList<>();
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            harvester.harvest(member().build(), catalogue, true,
                    (id, pages, records, size) -> progress.add(pages + ":" + records + "/" + size));
            assertThat(catalogue.size()).isEqualTo(5);
        }
        assertThat(progress).containsExactly("1:2/5", "2:4/5", "3:5/5");
        assertThat(wire.getAllServeEvents()).allSatisfy(e ->
                assertThat(e.getRequest().getHeader("Accept-Encoding")).contains("gzip"));
    }

    @Test
    void documentTypeDeclarationsAreRefused() throws Exception {
        ResponseDefinition evil = aResponse().withStatus(200).withBody("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>&e;</ListRecords></OAI-PMH>").build();
        for (int i = 0; i < 3; i++) {
            provider.fault(params -> "ListRecords".equals(params.get("verb")) ? evil : null);
        }
        provider.put("oai:fake:1", T0, book("1", "One"));
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            assertThatThrownBy(() -> harvest(catalogue, false)).isInstanceOf(HarvestException.class)
                    .hasMessageContaining("broken response");
            assertThat(catalogue.count(null, null)).isZero();
        }
    }

    @Test
    void oaiDcRecordsBecomeMinimalMarc() throws Exception {
        provider.putRaw("oai:fake:dc", T0, "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Moby Dick</dc:title>"
                + "<dc:creator>Melville, Herman</dc:creator><dc:creator>Ishmael</dc:creator>"
                + "<dc:subject>Whaling</dc:subject><dc:publisher>Harper</dc:publisher><dc:date>1851</dc:date>"
                + "<dc:identifier>ISBN 9780142437247</dc:identifier><dc:language>eng</dc:language></oai_dc:dc>");
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            harvester.harvest(member().metadataPrefix("oai_dc").build(), catalogue, false, HarvestProgress.NONE);
            MarcRecord record = catalogue.get("oai:fake:dc").orElseThrow();
            assertThat(record.values("245", 'a')).containsExactly("Moby Dick");
            assertThat(record.values("100", 'a')).containsExactly("Melville, Herman");
            assertThat(record.values("700", 'a')).containsExactly("Ishmael");
            assertThat(record.values("650", 'a')).containsExactly("Whaling");
            assertThat(record.values("260", 'b')).containsExactly("Harper");
            assertThat(record.values("020", 'a')).containsExactly("9780142437247");
            assertThat(record.controlField("008").orElseThrow()).contains("s1851").endsWith("eng d");
        }
    }
}
