package org.unigate.sru.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.unigate.cql.CqlParser;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;

/**
 * The engine cancels a member's future when it stops waiting for it. With one connection to the
 * member, the cancelled request must be reset at once, or the next search waits for the cancelled
 * one's own deadline (ten minutes here: a test that waited for it would hang).
 */
class SruCancellationTest extends WireMockSruTest {

    private static final String PAGE = SruResponses.v12().hits(1).record(SruResponses.book("b1", "Whale"), 1).build();

    private static MemberSearch title(String word) {
        return new MemberSearch(CqlParser.DEFAULT.parse("dc.title = " + word), 0, 1);
    }

    @Test
    void cancelledSearchResetsItsRequestAndFreesTheConnection() throws Exception {
        try (HeldMember member = HeldMember.start(vertx, PAGE)) {
            member.release();
            SruMemberClient client = client(b -> b.address(member.address()).timeout(Duration.ofMinutes(10)),
                    SruLimits.DEFAULT.withMaxConnections(1));

            CompletableFuture<MemberResponse> unanswered = client.search(title("silent"));
            member.silentRequest().get(60, TimeUnit.SECONDS);
            CompletableFuture<MemberResponse> next = client.search(title("whale"));

            unanswered.cancel(true);

            MemberResponse answered = next.get(60, TimeUnit.SECONDS);
            assertThat(answered.records()).hasSize(1);
            member.end(1).get(60, TimeUnit.SECONDS);
            assertThat(member.events()).filteredOn(e -> e.kind().equals("request"))
                    .extracting(HeldMember.Event::connection).containsExactly(1, 2);
            assertThat(unanswered).isCancelled();
        }
    }
}
