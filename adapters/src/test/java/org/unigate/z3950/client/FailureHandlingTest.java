package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;
import static org.unigate.z3950.client.TestMembers.eventually;
import static org.unigate.z3950.client.TestMembers.spec;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.ber.BerLimits;
import org.unigate.diag.Condition;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.ProtocolVersion;
import org.unigate.z3950.SearchRequest;

class FailureHandlingTest {

    private final Z3950ClientFactory factory = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS);
    private FakeMember member;
    private Z3950MemberClient client;

    @AfterEach
    void tearDown() throws Exception {
        if (client != null) {
            client.close();
        }
        if (member != null) {
            member.close();
        }
    }

    private MemberResponse search() throws Exception {
        return await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 2)));
    }

    private static Condition condition(MemberResponse response) {
        assertThat(response.ok()).as("failed response").isFalse();
        assertThat(response.diagnostics()).allSatisfy(d -> assertThat(d.member()).isEqualTo("m1"));
        return response.diagnostics().get(0).condition();
    }

    @Test
    void aSilentMemberTimesOutAndItsSessionIsClosed() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(3), r -> r.apdu() instanceof SearchRequest && r.connection() == 1
                ? new FakeMember.Silence() : r.standard());
        client = factory.open(spec(member.address()).timeout(Duration.ofMillis(300)).build());

        assertThat(condition(search())).isEqualTo(Condition.MEMBER_TIMEOUT);
        eventually(() -> member.openConnections() == 0, "timed-out session closed");
        assertThat(client.openSessions()).isZero();

        MemberResponse next = search();
        assertThat(next.records()).hasSize(2);
        assertThat(member.connections()).isEqualTo(2);
    }

    @Test
    void aDroppedConnectionIsRetriedOnceOnAFreshSession() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(3), r -> r.apdu() instanceof SearchRequest && r.connection() == 1
                ? new FakeMember.Drop() : r.standard());
        client = factory.open(spec(member.address()).build());

        MemberResponse response = search();

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.records()).hasSize(2);
        assertThat(member.connections()).isEqualTo(2);
    }

    @Test
    void aConnectionDroppedTwiceMakesTheMemberUnavailable() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(3), r -> r.apdu() instanceof SearchRequest
                ? new FakeMember.Drop() : r.standard());
        client = factory.open(spec(member.address()).build());

        assertThat(condition(search())).isEqualTo(Condition.DATABASE_UNAVAILABLE);
        assertThat(member.received(SearchRequest.class)).hasSize(2);
        assertThat(member.connections()).isEqualTo(2);
    }

    @Test
    void aMemberNobodyListensForIsUnavailable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        client = factory.open(spec("127.0.0.1:" + port).build());

        assertThat(condition(search())).isEqualTo(Condition.DATABASE_UNAVAILABLE);
    }

    @Test
    void aRefusedInitMakesTheMemberUnavailable() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1), r -> r.apdu() instanceof InitializeRequest
                ? new FakeMember.Reply(new InitializeResponse(null, EnumSet.allOf(ProtocolVersion.class), EnumSet.noneOf(
                        org.unigate.z3950.InitOption.class), 4096, 4096, false, null, null, null, null, null, List.of()))
                : r.standard());
        client = factory.open(spec(member.address()).build());

        MemberResponse response = search();
        assertThat(condition(response)).isEqualTo(Condition.DATABASE_UNAVAILABLE);
        assertThat(response.diagnostics().get(0).details()).contains("refused Init");
    }

    @Test
    void bytesThatAreNotBerAreAMemberError() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1), r -> r.apdu() instanceof SearchRequest
                ? new FakeMember.Raw("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII)) : r.standard());
        client = factory.open(spec(member.address()).build());

        assertThat(condition(search())).isEqualTo(Condition.MEMBER_ERROR);
        eventually(() -> member.openConnections() == 0, "session with garbage closed");
        assertThat(member.received(SearchRequest.class)).hasSize(1);
    }

    @Test
    void aTruncatedPduTimesOutInsteadOfHanging() throws Exception {
        // A constructed [23] claiming 200 bytes, then the connection closes.
        byte[] truncated = {(byte) 0xB7, (byte) 0x81, (byte) 0xC8, 0x02, 0x01};
        member = FakeMember.start(FakeCatalogue.numbered(1), r -> r.apdu() instanceof SearchRequest
                ? new FakeMember.Raw(truncated) : r.standard());
        client = factory.open(spec(member.address()).timeout(Duration.ofSeconds(2)).build());

        assertThat(condition(search())).isEqualTo(Condition.MEMBER_TIMEOUT);
        eventually(() -> member.openConnections() == 0, "half-answered session closed");
    }

    @Test
    void theWrongApduIsAMemberError() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1), r -> r.apdu() instanceof SearchRequest
                ? new FakeMember.Reply(PresentResponse.of(null, 1, List.of())) : r.standard());
        client = factory.open(spec(member.address()).build());

        MemberResponse response = search();
        assertThat(condition(response)).isEqualTo(Condition.MEMBER_ERROR);
        assertThat(response.diagnostics().get(0).details()).contains("SearchResponse");
        eventually(() -> member.openConnections() == 0, "confused session closed");
    }

    @Test
    void aPduBeyondTheLimitIsAMemberError() throws Exception {
        byte[] big = FakeCatalogue.record("big", "x".repeat(9000));
        member = FakeMember.start(new FakeCatalogue(List.of(big), "UTF-8", List.of()));
        Z3950ClientSettings small = Z3950ClientSettings.DEFAULTS.withLimits(new BerLimits(4096, 32, 1000), 2048, 10);
        client = new Z3950ClientFactory(small).open(spec(member.address()).build());

        MemberResponse response = search();
        assertThat(condition(response)).isEqualTo(Condition.MEMBER_ERROR);
        assertThat(response.diagnostics().get(0).details()).containsIgnoringCase("PDU_TOO_LARGE");
    }
}
