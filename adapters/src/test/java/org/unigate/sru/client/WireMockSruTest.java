package org.unigate.sru.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.unigate.cql.CqlParser;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;

/** A WireMock server playing an SRU member, one Vert.x instance, and clients closed after each test. */
abstract class WireMockSruTest {

    static final String PATH = "/sru/biblio";

    static WireMockServer wire;
    static Vertx vertx;
    private final List<SruMemberClient> clients = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        wire = new WireMockServer(options().dynamicPort().gzipDisabled(true));
        wire.start();
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopServer() throws Exception {
        wire.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void resetServer() {
        wire.resetAll();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(SruMemberClient::close);
        clients.clear();
    }

    static String baseUrl() {
        return wire.baseUrl() + PATH;
    }

    /** Serves {@code response} to any request for the member's path. */
    static void serve(ResponseDefinitionBuilder response) {
        wire.stubFor(any(urlPathEqualTo(PATH)).willReturn(response));
    }

    static void serveXml(String body) {
        serve(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body));
    }

    SruMemberClient client(UnaryOperator<MemberSpec.Builder> settings) {
        return client(settings, SruLimits.DEFAULT);
    }

    SruMemberClient client(UnaryOperator<MemberSpec.Builder> settings, SruLimits limits) {
        MemberSpec spec = settings.apply(MemberSpec.builder("lib1", Protocol.SRU)
                .address(baseUrl()).timeout(Duration.ofSeconds(30))).build();
        SruMemberClient client = new SruMemberClient(spec, vertx, limits);
        clients.add(client);
        return client;
    }

    SruMemberClient client() {
        return client(b -> b);
    }

    static MemberResponse search(SruMemberClient client, String cql, int offset, int count) throws Exception {
        MemberSearch search = new MemberSearch(CqlParser.DEFAULT.parse(cql), offset, count);
        return client.search(search).get(60, TimeUnit.SECONDS);
    }
}
