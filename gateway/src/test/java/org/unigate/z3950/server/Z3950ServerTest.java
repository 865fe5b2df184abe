package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.server.SearchTest.search;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.ber.BerLimits;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.testing.Z3950TestClient;

/** The listener over real TCP: sessions, the session limit, and telling sessions about shutdown. */
class Z3950ServerTest {

    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Z3950Server server(int maxSessions) {
        Z3950Settings settings = new Z3950Settings("127.0.0.1", 0, Duration.ofMinutes(1), Duration.ofMinutes(5), 100,
                1 << 20, maxSessions, 8, 4, BerLimits.REQUESTS);
        return Z3950Server.start(new Z3950Service(fixture.engine, fixture.config, settings));
    }

    @Test
    void aClientSearchesPresentsAndClosesOverTcp() throws Exception {
        try (Z3950Server server = server(10); Z3950TestClient client = Z3950TestClient.connect(server.port())) {
            InitializeResponse init = client.exchange(InitializeRequest.of("tcp test", 1 << 20, null));
            SearchResponse found = client.exchange(search("default", List.of("union"), "@attr 1=4 algebra"));
            PresentResponse shown = client.exchange(PresentRequest.of("default", 1, 1, null, "F"));
            Close bye = client.exchange(Close.of(CloseReason.FINISHED, null));

            assertThat(init.result()).isTrue();
            assertThat(found.resultCount()).isEqualTo(1);
            assertThat(shown.numberOfRecordsReturned()).isEqualTo(1);
            assertThat(bye.closeReason()).isEqualTo(CloseReason.FINISHED);
            assertThat(client.peerClosed()).isTrue();
        }
    }

    @Test
    void closingTheServerTellsOpenSessions() throws Exception {
        Z3950Server server = server(10);
        try (Z3950TestClient client = Z3950TestClient.connect(server.port())) {
            client.exchange(InitializeRequest.of("tcp test", 1 << 20, null));
            server.close();

            Apdu last = client.receive();
            assertThat(last).isInstanceOfSatisfying(Close.class,
                    c -> assertThat(c.closeReason()).isEqualTo(CloseReason.SHUTDOWN));
            assertThat(client.peerClosed()).isTrue();
        } finally {
            server.close();
        }
    }

    @Test
    void connectionsBeyondTheSessionLimitAreToldToGo() throws Exception {
        try (Z3950Server server = server(1); Z3950TestClient first = Z3950TestClient.connect(server.port())) {
            InitializeResponse init = first.exchange(InitializeRequest.of("first", 1 << 20, null));
            try (Z3950TestClient second = Z3950TestClient.connect(server.port())) {
                Apdu refused = second.receive();

                assertThat(refused).isInstanceOfSatisfying(Close.class,
                        c -> assertThat(c.closeReason()).isEqualTo(CloseReason.RESOURCES));
                assertThat(second.peerClosed()).isTrue();
            }
            assertThat(init.result()).isTrue();
            assertThat(first.<SearchResponse>exchange(search("default", List.of("east"), "@attr 1=4 algebra"))
                    .resultCount()).isEqualTo(1);
        }
    }
}
