package org.unigate.oai.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;
import org.unigate.testing.HarnessMembers;

/** A full harvest of the harness's real OAI-PMH provider (Dancer::Plugin::Catmandu::OAI). */
class HarnessOaiHarvestTest {

    private static final Pattern HEADER = Pattern.compile("<header(?![^>]*status=\"deleted\")[^>]*>");
    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");

    @Test
    void fullHarvestHoldsExactlyTheProvidersRecordsAndAnswersSearches(@TempDir Path folder) throws Exception {
        HarnessMembers harness = HarnessMembers.start(new HarnessMembers.Options(1, false, true, 300));
        String base = harness.member("oai").endpoint();
        long listed = countIdentifiers(base);
        MemberSpec spec = MemberSpec.builder("oai", Protocol.OAI).address(base).build();

        Vertx vertx = Vertx.vertx();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (OaiHarvester harvester = new OaiHarvester(vertx, HarvestOptions.DEFAULTS);
             EmbeddedCatalogue catalogue = EmbeddedCatalogue.onDisk(folder)) {
            HarvestReport report = harvester.harvest(spec, catalogue, true, HarvestProgress.NONE);

            assertThat(listed).isPositive();
            assertThat(report.complete()).isTrue();
            assertThat(report.metadataPrefix()).isEqualTo("marc21");
            assertThat(report.skippedCount()).isZero();
            assertThat(catalogue.size()).isEqualTo(listed);

            EmbeddedMemberClient client = new EmbeddedMemberClient(spec, catalogue, executor);
            MemberResponse melville = client.search(MemberSearch.firstPage(
                    SearchQuery.of(Clause.of("dc.creator", "melville")), 10)).get(30, TimeUnit.SECONDS);
            assertThat(melville.hits()).isPositive();

            HarvestReport again = harvester.harvest(spec, catalogue, false, HarvestProgress.NONE);
            assertThat(again.complete()).isTrue();
            assertThat(again.changed()).isZero();
        } finally {
            executor.shutdownNow();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** The provider's own count, by ListIdentifiers, independent of the harvester's code. */
    private static long countIdentifiers(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long count = 0;
        String url = base + "?verb=ListIdentifiers&metadataPrefix=marc21";
        while (url != null) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher headers = HEADER.matcher(response.body());
            while (headers.find()) {
                count++;
            }
            Matcher token = TOKEN.matcher(response.body());
            url = token.find() ? base + "?verb=ListIdentifiers&resumptionToken="
                    + URLEncoder.encode(token.group(1).strip(), StandardCharsets.UTF_8) : null;
        }
        return count;
    }
}
