package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;
import static org.unigate.z3950.client.TestMembers.hold;
import static org.unigate.z3950.client.TestMembers.spec;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.member.MemberSearch;
import org.unigate.member.ScanRequest;
import org.unigate.z3950.SearchRequest;

/**
 * Answers reach the caller on the decoding executor, not on the event loop that read them. The
 * member holds its answer until the test has chained on the future, so the chained step runs on
 * whichever thread completes it.
 */
class DecodingExecutorTest {

    private final CountDownLatch answer = new CountDownLatch(1);
    private final ExecutorService decoding = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-decoding"));
    private FakeMember member;
    private Z3950MemberClient client;

    @AfterEach
    void tearDown() {
        answer.countDown();
        if (client != null) {
            client.close();
        }
        if (member != null) {
            member.close();
        }
        decoding.shutdown();
    }

    /** Starts {@code call} on a member holding its answer, chains on its future, then lets the answer go. */
    private String completedOn(Z3950ClientFactory factory, Function<Z3950MemberClient, CompletableFuture<Integer>> call)
            throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(3), r -> {
            if (r.apdu() instanceof SearchRequest || r.apdu() instanceof org.unigate.z3950.ScanRequest) {
                hold(answer);
            }
            return r.standard();
        });
        client = factory.open(spec(member.address()).build());
        CompletableFuture<String> completed = call.apply(client).thenApply(n -> n + " on " + Thread.currentThread().getName());
        answer.countDown();
        return await(completed);
    }

    private static CompletableFuture<Integer> search(Z3950MemberClient client) {
        return client.search(MemberSearch.firstPage(cql("dc.title = x"), 3)).thenApply(r -> r.records().size());
    }

    @Test
    void searchAnswersArriveOnTheGivenDecodingExecutor() throws Exception {
        assertThat(completedOn(new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS, decoding), DecodingExecutorTest::search))
                .isEqualTo("3 on test-decoding");
    }

    @Test
    void scanAnswersArriveOnTheGivenDecodingExecutor() throws Exception {
        assertThat(completedOn(new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS, decoding),
                c -> c.scan(new ScanRequest("dc.title", "a", 3, 1)).thenApply(r -> r.terms().size())))
                .isEqualTo("3 on test-decoding");
    }

    @Test
    void withoutAnExecutorTheFactoryDecodesOnABoundedPoolOfItsOwn() throws Exception {
        assertThat(completedOn(new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS), DecodingExecutorTest::search))
                .startsWith("3 on z3950-decoding-");
    }
}
