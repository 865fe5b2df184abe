package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.federation.sharing.SharingContext;

class DeadlineLinkTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final DeadlineLink link = new DeadlineLink(timer, System::nanoTime);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void aMemberThatDoesNotAnswerInItsTimeIsCalledOffAndReportedTimedOut() {
        MemberExchange exchange = Calls.exchange(Calls.spec("slow").timeout(Duration.ofMillis(20)).build(),
                SharingContext.PUBLIC);
        CompletableFuture<CallResult> never = new CompletableFuture<>();

        CallResult result = link.call(exchange, new Calls.Fixed(never)).orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(result.outcome()).isEqualTo(CallResult.Outcome.TIMED_OUT);
        assertThat(exchange.cancellation().cancelled()).isTrue();
    }

    @Test
    void aLateAnswerDoesNotReplaceTheTimeout() {
        MemberExchange exchange = Calls.exchange(Calls.spec("slow").timeout(Duration.ofMillis(20)).build(),
                SharingContext.PUBLIC);
        CompletableFuture<CallResult> late = new CompletableFuture<>();
        CompletableFuture<CallResult> result = link.call(exchange, new Calls.Fixed(late));
        result.orTimeout(10, TimeUnit.SECONDS).join();

        late.complete(Calls.answered("slow", "s1"));

        assertThat(result.join().outcome()).isEqualTo(CallResult.Outcome.TIMED_OUT);
    }

    @Test
    void anAnswerInTimeIsPassedOnAndTheCallIsNotCancelled() {
        MemberExchange exchange = Calls.exchange("a");
        CompletableFuture<CallResult> answer = new CompletableFuture<>();
        CompletableFuture<CallResult> result = link.call(exchange, new Calls.Fixed(answer));

        answer.complete(Calls.answered("a", "a1"));

        assertThat(result.join().outcome()).isEqualTo(CallResult.Outcome.ANSWERED);
        assertThat(exchange.cancellation().cancelled()).isFalse();
    }

    @Test
    void theRoundsDeadlineBoundsAMemberWithALongerTimeout() {
        MemberExchange roomy = Calls.exchange(Calls.spec("a").timeout(Duration.ofHours(1)).build(),
                SharingContext.PUBLIC);
        MemberExchange exchange = new MemberExchange(roomy.client(), roomy.search(),
                Deadline.after(Duration.ofMillis(20), System::nanoTime), roomy.sharing(), roomy.cancellation());

        CallResult result = link.call(exchange, new Calls.Fixed(new CompletableFuture<>()))
                .orTimeout(10, TimeUnit.SECONDS).join();

        assertThat(result.outcome()).isEqualTo(CallResult.Outcome.TIMED_OUT);
    }
}
