package org.unigate.federation.fanout;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.fanout.CallResult.Outcome;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;

/**
 * One call to one member, bounded in time. The returned future always completes, normally,
 * within the timeout: from the member's answer, from its failure, or from a timer on the shared
 * scheduler (no thread waits for the member). A member that never answers is told so by
 * cancelling its future, so the client can release what it holds.
 */
final class MemberCall {

    private MemberCall() {
    }

    static CompletableFuture<CallResult> start(String memberId, MemberClient client, MemberSearch search,
                                               Duration timeout, ScheduledExecutorService scheduler, Ticker ticker) {
        long start = ticker.read();
        CompletableFuture<CallResult> result = new CompletableFuture<>();
        CompletableFuture<MemberResponse> pending;
        try {
            pending = client.search(search);
            if (pending == null) {
                throw new IllegalStateException("member client returned no future");
            }
        } catch (RuntimeException e) {
            result.complete(ResponseCheck.fromFailure(memberId, search, e, since(start, ticker)));
            return result;
        }
        // Set once the timer has ruled: the member is cancelled before the timed-out result is
        // published (its dependents run at once and may end the whole search), and the
        // cancellation's own completion must not pass for the member's answer.
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> timer;
        try {
            timer = scheduler.schedule(() -> {
                if (result.isDone() || !timedOut.compareAndSet(false, true)) {
                    return;
                }
                CallResult late = ResponseCheck.timedOut(memberId, search, timeout, since(start, ticker));
                pending.cancel(true);
                result.complete(late);
            }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.cancel(true);
            result.complete(CallResult.failure(memberId, search, Outcome.FAILED,
                    Diagnostic.of(Condition.GENERAL_SYSTEM_ERROR, "the gateway is shutting down"), since(start, ticker)));
            return result;
        }
        pending.whenComplete((response, error) -> {
            if (!timedOut.get() && result.complete(convert(memberId, search, response, error, since(start, ticker)))) {
                timer.cancel(false);
            }
        });
        return result;
    }

    private static CallResult convert(String memberId, MemberSearch search, MemberResponse response, Throwable error,
                                      Duration elapsed) {
        try {
            return error == null
                    ? ResponseCheck.fromResponse(memberId, search, response, elapsed)
                    : ResponseCheck.fromFailure(memberId, search, error, elapsed);
        } catch (RuntimeException e) {
            // A response so broken that checking it failed still ends the call.
            return ResponseCheck.fromFailure(memberId, search, e, elapsed);
        }
    }

    private static Duration since(long start, Ticker ticker) {
        return Duration.ofNanos(Math.max(0, ticker.read() - start));
    }
}
