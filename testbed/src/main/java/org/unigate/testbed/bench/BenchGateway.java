package org.unigate.testbed.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.config.ConfigLoader;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.ServerSettings;
import org.unigate.server.GatewayServer;

/**
 * A gateway started in this process for a benchmark, through the same doors {@code unigate serve}
 * uses: a consortium configuration, listening on loopback on ports of its own, its state in a
 * temporary folder removed on close.
 */
final class BenchGateway implements AutoCloseable {

    private static final Pattern HIT_COUNT = Pattern.compile(
            "(?m)^cache_gets_total\\{cache=\"unigate\\.union\\.results\",result=\"hit\",?\\}\\s+(\\S+)$");

    private final GatewayServer server;
    private final Path folder;

    private BenchGateway(GatewayServer server, Path folder) {
        this.server = server;
        this.folder = folder;
    }

    /** A configuration written as YAML, as the gateway would read it from a file. */
    static ConsortiumConfig parse(String yaml) {
        return ConfigLoader.parse(Path.of("bench-consortium.yaml"), yaml);
    }

    /** A gateway on the configuration, its server and dataDir settings replaced by the benchmark's own. */
    static BenchGateway start(ConsortiumConfig config) throws Exception {
        Path folder = Files.createTempDirectory("unigate-bench");
        ServerSettings s = config.server();
        ConsortiumConfig local = config
                .withServer(new ServerSettings("127.0.0.1", 0, 0, s.idleTimeout(), s.sessionTimeout(), s.maxRecords()))
                .withDataDir(folder.resolve("data"));
        try {
            return new BenchGateway(GatewayServer.start(local), folder);
        } catch (Exception e) {
            TempFolders.delete(folder);
            throw e;
        }
    }

    /** The SRU base URL of a database: the union, a member id or a virtual database. */
    String sru(String database) {
        String path = server.consortium().config().sru().path();
        return "http://127.0.0.1:" + server.httpPort() + path + (database == null ? "" : "/" + database);
    }

    /**
     * Searches answered from the union-result cache so far, read from the gateway's own metrics
     * as an operator would; -1 when the gateway no longer reports it under that name.
     */
    double cacheHits() {
        Matcher m = HIT_COUNT.matcher(server.registry().scrape());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    GatewayServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
        TempFolders.delete(folder);
    }
}
