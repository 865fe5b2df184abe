package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.server.SearchTest.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.ber.BerLimits;
import org.unigate.ber.Octets;
import org.unigate.federation.UnionSettings;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.SearchResponse;

/** The life of an association: closing either way, timeouts, floods and input that is not Z39.50. */
class SessionTest {

    private static final Duration IDLE = Duration.ofMinutes(10);
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        Z3950Settings settings = new Z3950Settings("127.0.0.1", 0, IDLE, LIFETIME, 100, 1 << 20, 10, 8, 2,
                BerLimits.REQUESTS);
        fixture = new ServerFixture(settings, List.of(BrokenMember.hanging("slow")),
                UnionSettings.DEFAULTS.withDeadline(Duration.ofHours(1)));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Close closed(ServerFixture.Client client) {
        Close close = (Close) client.receive();
        assertThat(client.open()).isFalse();
        return close;
    }

    @Test
    void theClientsCloseIsAnsweredAndEndsTheAssociation() {
        try (ServerFixture.Client client = fixture.initialised()) {
            Close answer = client.exchange(new Close(Octets.utf8("r9"), CloseReason.FINISHED, null, null, null, List.of()));

            assertThat(answer.closeReason()).isEqualTo(CloseReason.FINISHED);
            assertThat(answer.referenceId()).isEqualTo(Octets.utf8("r9"));
            assertThat(client.open()).isFalse();
        }
    }

    @Test
    void anIdleSessionIsClosedForLackOfActivity() {
        try (ServerFixture.Client client = fixture.initialised()) {
            client.channel.advanceTimeBy(IDLE.toMinutes() - 1, TimeUnit.MINUTES);
            client.channel.runScheduledPendingTasks();
            assertThat(client.receive()).isNull();

            client.channel.advanceTimeBy(2, TimeUnit.MINUTES);
            client.channel.runScheduledPendingTasks();
            assertThat(closed(client).closeReason()).isEqualTo(CloseReason.LACK_OF_ACTIVITY);
        }
    }

    @Test
    void aSessionWaitingForAnAnswerIsNotIdle() {
        try (ServerFixture.Client client = fixture.initialised()) {
            client.send(search("default", List.of("slow"), "@attr 1=4 x"));
            client.channel.advanceTimeBy(IDLE.toMinutes() + 1, TimeUnit.MINUTES);
            client.channel.runScheduledPendingTasks();

            assertThat(client.receive()).isNull();
            assertThat(client.open()).isTrue();
        }
    }

    @Test
    void noSessionOutlivesTheSessionTimeout() {
        try (ServerFixture.Client client = fixture.initialised()) {
            // Busy all along: a request every 6 minutes for 24 minutes.
            for (int i = 0; i < 4; i++) {
                client.channel.advanceTimeBy(6, TimeUnit.MINUTES);
                client.channel.runScheduledPendingTasks();
                assertThat(client.<SearchResponse>exchange(search("default", List.of("east"), "@attr 1=4 algebra"))
                        .resultCount()).isEqualTo(1);
            }
            client.channel.advanceTimeBy(LIFETIME.toMinutes() - 24 + 1, TimeUnit.MINUTES);
            client.channel.runScheduledPendingTasks();

            Close close = closed(client);
            assertThat(close.closeReason()).isEqualTo(CloseReason.RESOURCES);
            assertThat(close.diagnosticInformation()).contains("session time limit");
        }
    }

    @Test
    void aClientSendingTooManyRequestsAheadIsCutOff() {
        try (ServerFixture.Client client = fixture.initialised()) {
            client.send(search("a", List.of("slow"), "@attr 1=4 x"));
            client.send(search("b", List.of("slow"), "@attr 1=4 y"));
            assertThat(client.open()).isTrue();
            client.send(search("c", List.of("slow"), "@attr 1=4 z"));

            assertThat(closed(client).closeReason()).isEqualTo(CloseReason.RESOURCES);
        }
    }

    @Test
    void bytesThatAreNotBerEndTheAssociationWithAProtocolError() {
        try (ServerFixture.Client client = fixture.initialised()) {
            client.sendRaw(new byte[] {0x01, 0x02, 0x03});

            assertThat(closed(client).closeReason()).isEqualTo(CloseReason.PROTOCOL_ERROR);
        }
    }

    @Test
    void aPduAnnouncingMoreThanTheLimitIsRefusedBeforeItArrives() {
        try (ServerFixture.Client client = fixture.initialised()) {
            // [22] searchRequest claiming 256 MB.
            client.sendRaw(new byte[] {(byte) 0xB6, (byte) 0x84, 0x10, 0x00, 0x00, 0x00, 0x30});

            assertThat(closed(client).closeReason()).isEqualTo(CloseReason.RESOURCES);
        }
    }

    @Test
    void apdusThatAreNotRequestsOrNotOfferedEndTheAssociation() {
        try (ServerFixture.Client client = fixture.initialised()) {
            client.send(SearchResponse.success(null, 3));
            Close close = closed(client);
            assertThat(close.closeReason()).isEqualTo(CloseReason.PROTOCOL_ERROR);
            assertThat(close.diagnosticInformation()).contains("SearchResponse");
        }
        try (ServerFixture.Client client = fixture.initialised()) {
            // [46] extendedServicesRequest, empty.
            client.sendRaw(new byte[] {(byte) 0xBF, 0x2E, 0x00});
            Close close = closed(client);
            assertThat(close.closeReason()).isEqualTo(CloseReason.PROTOCOL_ERROR);
            assertThat(close.diagnosticInformation()).contains("46");
        }
    }
}
