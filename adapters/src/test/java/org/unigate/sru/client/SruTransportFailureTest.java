package org.unigate.sru.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;

/** Members that are slow, down, broken or flooding: each ends as a diagnostic, never an exception or a hang. */
class SruTransportFailureTest extends WireMockSruTest {

    private static final String PAGE = SruResponses.v12().hits(1).record(SruResponses.book("b1", "Late"), 1).build();

    @Test
    void memberThatAnswersAfterItsTimeoutIsReportedAsTimedOut() throws Exception {
        serve(aResponse().withStatus(200).withBody(PAGE).withFixedDelay(8_000));

        MemberResponse response = search(client(b -> b.timeout(Duration.ofMillis(700))), "dc.title = x", 0, 1);

        assertThat(response.records()).isEmpty();
        assertThat(response.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.MEMBER_TIMEOUT));
    }

    @Test
    void memberThatTricklesItsBodyPastTheTimeoutIsCutOffAndDisconnected() throws Exception {
        // Data keeps arriving, so no idle timeout fires; only the overall deadline can stop it.
        try (StreamingMember member = new StreamingMember(200, "<!-- still here -->")) {
            MemberResponse response = search(client(b -> b.address(member.address()).timeout(Duration.ofMillis(1_500))),
                    "dc.title = x", 0, 10);

            assertThat(response.diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.MEMBER_TIMEOUT));
            member.awaitDisconnect();
        }
    }

    @Test
    void serverErrorIsAMemberErrorWithTheStatus() throws Exception {
        serve(aResponse().withStatus(500).withBody("Internal Server Error: database locked"));

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR);
            assertThat(d.details()).startsWith("HTTP 500");
        });
    }

    @Test
    void clientErrorCarryingSruDiagnosticsGivesThoseDiagnostics() throws Exception {
        serve(aResponse().withStatus(400)
                .withBody(SruResponses.v12().hits(0).diagnostic(10, "bad CQL", null).build()));

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.QUERY_SYNTAX_ERROR);
            assertThat(d.details()).isEqualTo("bad CQL");
        });
    }

    @Test
    void responseLargerThanTheCapIsCutOffAndReported() throws Exception {
        StringBuilder huge = new StringBuilder(PAGE.substring(0, PAGE.indexOf("<zs:records>")));
        huge.append("<zs:records>");
        int n = 0;
        while (huge.length() < 600_000) {
            huge.append(recordXml(++n));
        }
        huge.append("</zs:records></zs:searchRetrieveResponse>");
        serve(aResponse().withStatus(200).withBody(huge.toString()));

        MemberResponse response = search(client(b -> b, new SruLimits(64 * 1024, 4_096)), "dc.title = x", 0, 1_000);

        assertThat(response.records()).isEmpty();
        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR);
            assertThat(d.details()).contains("larger than 65536 bytes");
        });
    }

    @Test
    void endlessResponseIsCutOffAtTheCapAndTheConnectionDropped() throws Exception {
        try (StreamingMember member = new StreamingMember(5, recordXml(1).repeat(20))) {
            MemberResponse response = search(client(b -> b.address(member.address()), new SruLimits(256 * 1024, 4_096)),
                    "dc.title = x", 0, 10);

            assertThat(response.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR);
                assertThat(d.details()).contains("larger than 262144 bytes");
            });
            member.awaitDisconnect();
        }
    }

    @Test
    void unreachableMemberIsUnavailable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + port + "/sru";

        MemberResponse response = search(client(b -> b.address(dead)), "dc.title = x", 0, 1);

        assertThat(response.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.DATABASE_UNAVAILABLE));
    }

    @Test
    void connectionResetByTheMemberIsUnavailable() throws Exception {
        serve(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.DATABASE_UNAVAILABLE));
    }

    @Test
    void closedClientAnswersWithoutAsking() throws Exception {
        serveXml(PAGE);
        SruMemberClient client = client();
        client.close();

        MemberResponse response = search(client, "dc.title = x", 0, 1);

        assertThat(response.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.DATABASE_UNAVAILABLE));
        assertThat(wire.getAllServeEvents()).isEmpty();
    }

    @Test
    void memberWithoutAnAddressOrWithAnUnknownVersionIsAConfigurationError() {
        MemberSpec noAddress = MemberSpec.builder("x", Protocol.SRU).build();
        MemberSpec badVersion = MemberSpec.builder("x", Protocol.SRU).address(baseUrl()).version("3.0").build();
        Vertx v = vertx;

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SruMemberClient(noAddress, v)).withMessageContaining("address");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SruMemberClient(badVersion, v)).withMessageContaining("3.0");
    }

    private static String recordXml(int n) {
        return "<zs:record><zs:recordSchema>marcxml</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData>"
                + org.unigate.marc.MarcXmlWriter.toXml(SruResponses.book("h" + n, "Huge page record " + n))
                + "</zs:recordData><zs:recordPosition>" + n + "</zs:recordPosition></zs:record>";
    }

    /** An SRU member that starts a page and then writes {@code chunk} every {@code periodMillis} forever. */
    private static final class StreamingMember implements AutoCloseable {
        private final HttpServer server;
        private final CompletableFuture<Void> disconnected = new CompletableFuture<>();

        StreamingMember(long periodMillis, String chunk) throws Exception {
            server = vertx.createHttpServer().requestHandler(request -> {
                HttpServerResponse out = request.response().setChunked(true).putHeader("Content-Type", "text/xml");
                out.write(PAGE.substring(0, PAGE.indexOf("<zs:records>")) + "<zs:records>");
                long timer = vertx.setPeriodic(periodMillis, id -> {
                    if (!out.writeQueueFull()) {
                        out.write(chunk);
                    }
                });
                out.closeHandler(v -> {
                    vertx.cancelTimer(timer);
                    disconnected.complete(null);
                });
            });
            server.listen(0).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }

        String address() {
            return "http://127.0.0.1:" + server.actualPort() + "/sru";
        }

        /** The client must have closed the connection; a client still reading would keep it open for good. */
        void awaitDisconnect() throws Exception {
            disconnected.get(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws TimeoutException {
            server.close().await(30, TimeUnit.SECONDS);
        }
    }
}
