package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.federation.sharing.SharingContext;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;


class ClientLinkTest {

    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> new Thread(r, "event-loop"));
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "cpu"));
    private final ClientLink link = new ClientLink(System::nanoTime, new CpuPool(pool));

    @AfterEach
    void stop() {
        io.shutdownNow();
        pool.shutdownNow();
    }

    private static MemberClient client(CompletableFuture<MemberResponse> answer) {
        return Calls.member(Calls.spec("a").build(), answer);
    }

    private static MemberExchange exchange(MemberClient client) {
        return MemberExchange.of(client, Calls.SEARCH, Deadline.after(Duration.ofSeconds(10), System::nanoTime),
                SharingContext.PUBLIC);
    }

    @Test
    void anAnswerCompletedOnAnEventLoopIsCheckedOnTheCpuPool() {
        CompletableFuture<MemberResponse> answer = new CompletableFuture<>();
        CompletableFuture<String> thread = link.proceed(exchange(client(answer)))
                .thenApply(r -> Thread.currentThread().getName());

        io.execute(() -> answer.complete(new MemberResponse("a", 0, List.of(), List.of(), Duration.ZERO)));

        assertThat(thread.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo("cpu");
    }

    @Test
    void cancellingTheCallCancelsTheClientsRequest() {
        CompletableFuture<MemberResponse> answer = new CompletableFuture<>();
        MemberExchange exchange = exchange(client(answer));
        link.proceed(exchange);

        exchange.cancellation().cancel();

        assertThat(answer).isCancelled();
    }

    @Test
    void aClientThatThrowsIsAFailedCall() {
        MemberClient broken = new MemberClient() {
            @Override
            public MemberSpec spec() {
                return Calls.spec("a").build();
            }

            @Override
            public CompletableFuture<MemberResponse> search(MemberSearch search) {
                throw new IllegalStateException("bug");
            }

            @Override
            public void close() {
            }
        };

        CallResult result = link.proceed(exchange(broken)).join();

        assertThat(result.outcome()).isEqualTo(CallResult.Outcome.FAILED);
        assertThat(result.diagnostics()).extracting(d -> d.condition()).containsExactly(Condition.MEMBER_ERROR);
    }
}
