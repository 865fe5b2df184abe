package org.unigate.z3950.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.ServerSettings;
import org.unigate.consortium.MemberClients;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.embedded.FileRecordSource;
import org.unigate.embedded.RecordSources;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.server.GatewayServer;

/**
 * A whole gateway on free loopback ports whose members are embedded catalogues of MARC files
 * (whole files, or {@link FirstRecordsSource} locations), for tests that drive real clients.
 */
final class CorpusGateway {

    private CorpusGateway() {
    }

    static MemberSpec member(String id, String name, String location) {
        return MemberSpec.builder(id, Protocol.EMBEDDED).name(name).paths(List.of(location))
                .timeout(Duration.ofSeconds(30)).build();
    }

    static GatewayServer start(Path data, List<MemberSpec> members, Map<String, List<String>> virtualDatabases)
            throws Exception {
        ServerSettings d = ServerSettings.DEFAULTS;
        ConsortiumConfig config = new ConsortiumConfig(null, "Real clients", null,
                new ServerSettings("127.0.0.1", 0, 0, d.idleTimeout(), d.sessionTimeout(), d.maxRecords()), null,
                members, virtualDatabases).withDataDir(data);
        RecordSources sources = new RecordSources(List.of(new FirstRecordsSource(), new FileRecordSource()));
        return GatewayServer.start(config, vertx -> MemberClients.standard(vertx, config.dataDir())
                .with(Protocol.EMBEDDED, spec -> EmbeddedMemberClient.load(spec, sources)));
    }
}
