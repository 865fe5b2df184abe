package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.admission.HeldMember;
import org.unigate.config.AdmissionSettings;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.DoorLimits;
import org.unigate.config.ServerSettings;
import org.unigate.consortium.MemberClients;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.server.GatewayServer;
import org.unigate.testing.SharedData;

/**
 * An SRU door with all its places taken answers every operation, in every version, with HTTP
 * 503, Retry-After and a schema-valid response carrying diagnostic 2 ("System temporarily
 * unavailable"), and serves normally again as soon as the request holding the place is done.
 */
class SruBusyTest {

    private static final String BUSY = "info:srw/diagnostic/1/2";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private HeldMember held;

    private GatewayServer start(Path dataDir) throws Exception {
        MemberSpec brown = MemberSpec.builder("brown", Protocol.EMBEDDED).name("Brown University Library")
                .paths(List.of(SharedData.corpusFile("brown.mrc").toString())).timeout(Duration.ofHours(1)).build();
        ServerSettings server = new ServerSettings("127.0.0.1", 0, 0, Duration.ofMinutes(10), Duration.ofHours(1), 50)
                .withAdmission(AdmissionSettings.DEFAULTS.withSru(new DoorLimits(1, 0, Duration.ofSeconds(5))));
        ConsortiumConfig config = new ConsortiumConfig(null, "Busy SRU test", null, server, null, List.of(brown),
                Map.of()).withDataDir(dataDir);
        return GatewayServer.start(config, vertx -> MemberClients.standard(vertx, dataDir)
                .with(Protocol.EMBEDDED, spec -> held = new HeldMember(EmbeddedMemberClient.load(spec))));
    }

    private HttpRequest get(GatewayServer gateway, String... keyValues) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.httpPort() + "/sru?"
                + SruGateway.form(keyValues))).timeout(Duration.ofMinutes(1)).GET().build();
    }

    @Test
    void aFullDoorAnswersEveryVersionBusyWithRetryAfterThenServesAgain(@TempDir Path dataDir) throws Exception {
        try (GatewayServer gateway = start(dataDir)) {
            held.hold();
            CompletableFuture<HttpResponse<String>> first = http.sendAsync(get(gateway, "version", "1.2",
                    "query", "dc.title=myth", "maximumRecords", "1"), HttpResponse.BodyHandlers.ofString());
            held.awaitHeldCall();

            List<String> documents = new ArrayList<>();
            for (String version : List.of("1.1", "1.2", "2.0")) {
                List<HttpRequest> requests = List.of(
                        get(gateway, "version", version, "operation", "searchRetrieve", "query", "dc.title=science"),
                        get(gateway, "version", version, "operation", "scan", "scanClause", "dc.title=science"),
                        get(gateway, "version", version, "operation", "explain"));
                for (HttpRequest request : requests) {
                    HttpResponse<String> busy = http.send(request, HttpResponse.BodyHandlers.ofString());
                    assertThat(busy.statusCode()).as(request.uri().toString()).isEqualTo(503);
                    assertThat(busy.headers().firstValue("Retry-After")).contains("5");
                    assertThat(Xml.diagnostic(busy.body())).isEqualTo(BUSY);
                    assertThat(Xml.all(busy.body(), "message")).singleElement().asString().contains("try again in 5 s");
                    documents.add(busy.body());
                }
            }
            Xml.assertValid(documents);
            assertThat(gateway.registry().get("unigate.door.rejected").tag("door", "sru").functionCounter().count())
                    .isEqualTo(9);

            held.release();
            HttpResponse<String> answered = first.get(1, TimeUnit.MINUTES);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(Xml.numberOfRecords(answered.body())).isEqualTo(1);
            HttpResponse<String> next = http.send(get(gateway, "version", "2.0", "query", "dc.title=myth"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(Xml.all(next.body(), "diagnostic")).isEmpty();
            assertThat(Xml.numberOfRecords(next.body())).isEqualTo(1);
        }
    }
}
