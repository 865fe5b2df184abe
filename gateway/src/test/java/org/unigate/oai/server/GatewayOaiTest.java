package org.unigate.oai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.ServerSettings;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.server.GatewayServer;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.SharedData;

/** The gateway itself serves OAI-PMH at the configured path, with its token key in the data folder. */
class GatewayOaiTest {

    @Test
    void aStartedGatewayAnswersHarvestersAtItsOaiPath(@TempDir Path dataDir) throws Exception {
        ExternalTools.require("xmllint");
        MemberSpec brown = MemberSpec.builder("brown", Protocol.EMBEDDED).name("Brown University Library")
                .paths(List.of(SharedData.corpusFile("brown.mrc").toString())).build();
        ServerSettings d = ServerSettings.DEFAULTS;
        ConsortiumConfig config = new ConsortiumConfig(null, "Gateway OAI test", null,
                new ServerSettings("127.0.0.1", 0, 0, d.idleTimeout(), d.sessionTimeout(), d.maxRecords()), null,
                List.of(brown), Map.of()).withDataDir(dataDir);
        try (GatewayServer gateway = GatewayServer.start(config)) {
            String base = "http://127.0.0.1:" + gateway.httpPort() + config.oai().path();
            HttpClient http = HttpClient.newHttpClient();
            OaiXml sets = new OaiXml(http.send(HttpRequest.newBuilder(URI.create(base + "?verb=ListSets")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).assertValid();
            assertThat(sets.all("setSpec")).contains("member:brown");
            assertThat(sets.all("setName")).contains("Brown University Library");
            OaiXml ids = new OaiXml(http.send(HttpRequest.newBuilder(URI.create(base
                    + "?verb=ListIdentifiers&metadataPrefix=oai_dc&set=member:brown")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).assertValid();
            assertThat(ids.identifiers()).hasSize(25).allMatch(id -> id.startsWith("oai:unigate.example.org:brown:"));
            assertThat(dataDir.resolve(TokenKeys.KEY_FILE)).exists();
        }
    }
}
