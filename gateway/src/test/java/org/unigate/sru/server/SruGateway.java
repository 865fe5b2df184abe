package org.unigate.sru.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.ServerSettings;
import org.unigate.cql.CqlParser;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionResult;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;
import org.unigate.server.GatewayServer;
import org.unigate.consortium.MemberClients;
import org.unigate.testing.SharedData;

/**
 * A gateway over three real catalogue exports (Princeton, TRLN with its CJK 880s, Stanford),
 * started once per test JVM on ephemeral ports, its members counted so tests can tell whether a
 * request reached them. Plus the small HTTP client the SRU tests talk to it with.
 */
final class SruGateway {

    private static final Map<String, SruGateway> STARTED = new ConcurrentHashMap<>();

    final GatewayServer server;
    final Map<String, AtomicInteger> memberSearches = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SruGateway() throws Exception {
        List<MemberSpec> members = List.of(
                member("princeton", "Princeton University Library", "princeton.mrc"),
                member("trln", "Triangle Research Libraries", "trln.mrc"),
                member("stanford", "Stanford University Libraries", "stanford.mrc"));
        ServerSettings d = ServerSettings.DEFAULTS;
        ConsortiumConfig config = new ConsortiumConfig(null, "SRU test consortium", "Three university catalogues",
                new ServerSettings("127.0.0.1", 0, 0, d.idleTimeout(), d.sessionTimeout(), 50), null,
                members, Map.of("northeast", List.of("princeton", "stanford")));
        Path data = Files.createTempDirectory("sru-gateway");
        server = GatewayServer.start(config.withDataDir(data), vertx -> MemberClients.standard(vertx, data)
                .with(Protocol.EMBEDDED, spec -> counted(EmbeddedMemberClient.load(spec))));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }

    static SruGateway get() {
        return STARTED.computeIfAbsent("default", k -> {
            try {
                return new SruGateway();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the SRU test gateway", e);
            }
        });
    }

    private static MemberSpec member(String id, String name, String file) {
        return MemberSpec.builder(id, Protocol.EMBEDDED).name(name).paths(List.of(SharedData.corpusFile(file).toString()))
                .timeout(Duration.ofSeconds(30)).build();
    }

    private MemberClient counted(MemberClient client) {
        AtomicInteger count = memberSearches.computeIfAbsent(client.id(), k -> new AtomicInteger());
        return new MemberClient() {
            @Override
            public MemberSpec spec() {
                return client.spec();
            }

            @Override
            public CompletableFuture<MemberResponse> search(MemberSearch search) {
                count.incrementAndGet();
                return client.search(search);
            }

            @Override
            public CompletableFuture<ScanResponse> scan(ScanRequest request) {
                return client.scan(request);
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    int memberCalls() {
        return memberSearches.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    String base() {
        return "http://127.0.0.1:" + server.httpPort() + "/sru";
    }

    /** The engine's own result for a CQL query over a database's members. */
    UnionResult engine(String database, String cql) {
        List<String> members = server.consortium().config().resolveDatabase(database).orElseThrow();
        return server.consortium().engine().search(new UnionRequest(CqlParser.DEFAULT.parse(cql), members, null))
                .orTimeout(60, TimeUnit.SECONDS).join();
    }

    HttpResponse<String> get(String path, String... keyValues) {
        return send(HttpRequest.newBuilder(URI.create(base() + path + "?" + form(keyValues))).GET());
    }

    HttpResponse<String> post(String path, String... keyValues) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(keyValues))));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(String... keyValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            parts.add(URLEncoder.encode(keyValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
