package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;
import static org.unigate.z3950.client.TestMembers.eventually;
import static org.unigate.z3950.client.TestMembers.hold;
import static org.unigate.z3950.client.TestMembers.spec;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.SearchRequest;

/**
 * The engine cancels a member's future when it stops waiting for it. With one session per member,
 * whatever a cancelled call holds must come back at once, or the next call waits for the
 * cancelled one's own deadline (ten minutes here: a test that waited for it would hang).
 */
class CancellationTest {

    private static final Z3950ClientSettings ONE_SESSION = Z3950ClientSettings.DEFAULTS.withPool(1, Duration.ofMinutes(1), 10);
    private static final Duration NEVER = Duration.ofMinutes(10);

    private FakeMember member;
    private Z3950MemberClient client;

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        if (member != null) {
            member.close();
        }
    }

    private static MemberSearch title(String word) {
        return MemberSearch.firstPage(cql("dc.title = " + word), 2);
    }

    /**
     * Starts a search that the member leaves unanswered at {@code silentOn} on its first
     * connection, queues a second search behind it, cancels the first and returns the second's
     * answer (the await bound only catches hangs).
     */
    private MemberResponse cancelUnansweredThenSearchAgain(Class<? extends Apdu> silentOn) throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(3), r -> silentOn.isInstance(r.apdu()) && r.connection() == 1
                ? new FakeMember.Silence() : r.standard());
        client = new Z3950ClientFactory(ONE_SESSION).open(spec(member.address()).timeout(NEVER).build());

        CompletableFuture<MemberResponse> unanswered = client.search(title("silent"));
        eventually(() -> member.received(silentOn).size() == 1, "the unanswered request reached the member");
        CompletableFuture<MemberResponse> next = client.search(title("other"));

        unanswered.cancel(true);

        MemberResponse answered = await(next);
        assertThat(unanswered).isCancelled();
        return answered;
    }

    @Test
    void cancelledSearchClosesItsConnectionAndFreesThePool() throws Exception {
        assertThat(cancelUnansweredThenSearchAgain(SearchRequest.class).records()).hasSize(2);

        eventually(() -> member.closedConnections().contains(1), "the member saw the cancelled search's connection end");
        assertThat(member.received()).filteredOn(r -> r.apdu() instanceof SearchRequest)
                .extracting(FakeMember.Received::connection).containsExactly(1, 2);
        assertThat(client.openSessions()).isEqualTo(1);
    }

    @Test
    void cancelledSearchStillOpeningItsSessionClosesTheConnection() throws Exception {
        assertThat(cancelUnansweredThenSearchAgain(InitializeRequest.class).records()).hasSize(2);

        eventually(() -> member.closedConnections().contains(1), "the member saw the unanswered Init's connection end");
        assertThat(member.received(SearchRequest.class)).hasSize(1);
        assertThat(client.openSessions()).isEqualTo(1);
    }

    @Test
    void cancelledSearchWaitingForASessionNeverReachesTheMember() throws Exception {
        CountDownLatch firstAnswer = new CountDownLatch(1);
        member = FakeMember.start(FakeCatalogue.numbered(3), r -> {
            if (r.apdu() instanceof SearchRequest) {
                hold(firstAnswer);
            }
            return r.standard();
        });
        client = new Z3950ClientFactory(ONE_SESSION).open(spec(member.address()).timeout(NEVER).build());

        CompletableFuture<MemberResponse> first = client.search(title("first"));
        CompletableFuture<MemberResponse> waiting = client.search(title("waiting"));
        waiting.cancel(true);
        firstAnswer.countDown();

        assertThat(await(first).records()).hasSize(2);
        assertThat(await(client.search(title("third"))).records()).hasSize(2);
        assertThat(member.received(SearchRequest.class)).hasSize(2);
        assertThat(member.connections()).isEqualTo(1);
        assertThat(waiting).isCancelled();
    }
}
