package org.unigate.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.config.HarvestSettings;
import org.unigate.config.ConfigLoader;
import org.unigate.config.ConsortiumConfig;
import org.unigate.cql.CqlParser;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionResult;
import org.unigate.oai.client.HarvestReport;
import org.unigate.consortium.Consortium;
import org.unigate.consortium.MemberClients;

/** An OAI member in a running consortium: harvested on start, searchable, listeners told, meters kept. */
class HarvestsTest {

    @Test
    void oaiMemberIsHarvestedOnStartAndAnswersUnionSearches(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("consortium.yaml");
        try (StubOaiProvider provider = new StubOaiProvider()) {
            Files.writeString(file, "consortium:\n  name: T\ndataDir: " + data + "\nharvest:\n  onStart: true\n"
                    + "  every: 0s\n  timeout: 5s\n  retries: 2\nmembers:\n  - id: oai1\n    protocol: oai\n"
                    + "    address: " + provider.baseUrl() + "\n    metadataPrefix: marc21\n", StandardCharsets.UTF_8);
            ConsortiumConfig config = ConfigLoader.load(file);
            Vertx vertx = Vertx.vertx();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (Consortium consortium = Consortium.open(config, MemberClients.standard(vertx, data), registry)) {
                assertThat(consortium.clients()).singleElement().isInstanceOf(EmbeddedMemberClient.class);
                CompletableFuture<HarvestReport> heard = new CompletableFuture<>();

                Harvests harvests = Harvests.start(vertx, consortium, registry, heard::complete);

                HarvestReport first = heard.get(60, TimeUnit.SECONDS);
                assertThat(first.added()).isEqualTo(3);
                assertThat(first.deleted()).isEqualTo(1);
                UnionResult found = consortium.engine().search(UnionRequest.of(CqlParser.DEFAULT.parse("dc.title=third")))
                        .get(30, TimeUnit.SECONDS);
                assertThat(found.totalHits()).isEqualTo(1);

                HarvestReport again = harvests.harvest("oai1", false).get(60, TimeUnit.SECONDS);
                assertThat(again.changed()).isZero();
                assertThat(harvests.lastReport("oai1")).contains(again);
                assertThat(registry.get("unigate.harvest.records").tag("change", "added").counter().count())
                        .isEqualTo(3.0);
                assertThat(Files.isDirectory(HarvestSettings.memberFolder(data, "oai1"))).isTrue();
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        }
    }
}
