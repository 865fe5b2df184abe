package org.unigate.oai.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.unigate.config.DoorLimits;
import org.unigate.config.OaiSettings;
import org.unigate.federation.catalogue.GatedFeed;
import org.unigate.http.HttpFrontEnd;
import org.unigate.records.RecordFormats;
import org.unigate.union.UnionRecord;

/**
 * An OAI-PMH door with all its places taken answers 503 with Retry-After, which harvesters take
 * as "come back then" (OAI-PMH 2.0 section 3.1.2.2), and answers normally once the request
 * holding the place is done.
 */
class OaiBusyTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFullDoorAnswers503WithRetryAfterUntilTheRequestInProgressIsDone() throws Exception {
        TestRepository data = new TestRepository();
        data.union.put("u1", TestRepository.T0, TestRepository.unionRecord("u1", "Moby Dick", "alpha"));
        GatedFeed<UnionRecord> union = new GatedFeed<>(data.union);
        OaiSettings settings = new OaiSettings("/oai", "Busy test", "oai@test.example.org", "test.example.org", 10,
                Duration.ofHours(1), null);
        OaiRepository repository = new OaiRepository(settings, "Busy test", List.of(OaiSet.union("Union catalogue", union)),
                OaiFormat.standard(RecordFormats.standard()), new TokenCodec(TestRepository.KEY, settings.tokenTtl(), data.clock));
        Vertx vertx = Vertx.vertx();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (OaiEndpoint endpoint = new OaiEndpoint(vertx, "/oai", repository, data.clock,
                new DoorLimits(1, 0, Duration.ofSeconds(10)))) {
            endpoint.bindTo(registry);
            HttpFrontEnd front = HttpFrontEnd.start(vertx, "127.0.0.1", 0, List.of(endpoint))
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            String base = "http://127.0.0.1:" + front.port() + "/oai";

            CompletableFuture<HttpResponse<String>> first = http.sendAsync(request(base
                    + "?verb=ListRecords&metadataPrefix=oai_dc&set=union"), HttpResponse.BodyHandlers.ofString());
            union.awaitReader();
            HttpResponse<String> busy = http.send(request(base + "?verb=Identify"), HttpResponse.BodyHandlers.ofString());
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).contains("10");
            assertThat(registry.get("unigate.door.rejected").tag("door", "oai").functionCounter().count()).isEqualTo(1);

            union.open();
            HttpResponse<String> listed = first.get(1, TimeUnit.MINUTES);
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(new OaiXml(listed.body()).assertValid().identifiers()).hasSize(1);
            HttpResponse<String> identify = http.send(request(base + "?verb=Identify"), HttpResponse.BodyHandlers.ofString());
            assertThat(identify.statusCode()).isEqualTo(200);
            new OaiXml(identify.body()).assertValid();
            front.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static HttpRequest request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(1)).build();
    }
}
