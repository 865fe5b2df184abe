package org.unigate.sru.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.cql.CqlParser;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;

/**
 * Answers are parsed and reach the caller on the decoding executor, not on a Vert.x event loop or
 * worker. The member holds its answer until the test has chained on the future, so the chained
 * step runs on whichever thread completes it.
 */
class SruDecodingExecutorTest extends WireMockSruTest {

    private static final String PAGE = SruResponses.v12().hits(1).record(SruResponses.book("b1", "Whale"), 1).build();

    private final ExecutorService decoding = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-decoding"));

    @AfterEach
    void stopDecoding() {
        decoding.shutdown();
    }

    /** Searches a member holding its answer through the client {@code open} makes, and says where the answer arrived. */
    private static String completedOn(Function<MemberSpec, SruMemberClient> open) throws Exception {
        try (HeldMember member = HeldMember.start(vertx, PAGE)) {
            MemberSpec spec = MemberSpec.builder("lib1", Protocol.SRU).address(member.address())
                    .timeout(Duration.ofSeconds(30)).build();
            try (SruMemberClient client = open.apply(spec)) {
                CompletableFuture<String> completed = client.search(new MemberSearch(CqlParser.DEFAULT.parse("dc.title = whale"), 0, 1))
                        .thenApply(r -> r.records().size() + " on " + Thread.currentThread().getName());
                member.release();
                return completed.get(60, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void answersArriveOnTheGivenDecodingExecutor() throws Exception {
        assertThat(completedOn(spec -> new SruMemberClient(spec, vertx, SruLimits.DEFAULT, decoding)))
                .isEqualTo("1 on test-decoding");
    }

    @Test
    void clientsOfAFactoryWithoutAnExecutorShareABoundedPoolOfItsOwn() throws Exception {
        SruClientFactory factory = new SruClientFactory(vertx, SruLimits.DEFAULT);

        assertThat(completedOn(factory::open)).startsWith("1 on sru-decoding-");
        assertThat(factory.openClients()).isZero();
    }
}
