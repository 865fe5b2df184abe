package org.unigate.federation.fanout;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.fanout.CallResult.Outcome;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;

/**
 * Sends one round of searches to members in parallel and collects every member's
 * {@link CallResult}, in the order the calls were given. The round completes when the last
 * member has answered or timed out, never later than the deadline; members whose circuit is
 * open are not called at all.
 */
public final class FanOut {

    /** A search for one member. */
    public record Call(MemberClient client, MemberSearch search) {
        public Call {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(search, "search");
        }
    }

    private final ScheduledExecutorService scheduler;
    private final Ticker ticker;
    private final Function<String, CircuitBreaker> breakers;
    private final CallListener listener;

    public FanOut(ScheduledExecutorService scheduler, Ticker ticker, Function<String, CircuitBreaker> breakers,
                  CallListener listener) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.breakers = Objects.requireNonNull(breakers, "breakers");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public CompletableFuture<List<CallResult>> run(List<Call> calls, Deadline deadline) {
        return run(calls, deadline, result -> { });
    }

    /**
     * As {@link #run(List, Deadline)}, telling {@code ended} about each call as it ends, before the
     * round completes. It runs on whichever thread ended the call (a member's I/O thread, the
     * timer), so it must hand any real work to another executor; what it throws is ignored.
     */
    public CompletableFuture<List<CallResult>> run(List<Call> calls, Deadline deadline, Consumer<CallResult> ended) {
        Objects.requireNonNull(ended, "ended");
        List<CompletableFuture<CallResult>> futures = calls.stream().map(c -> call(c, deadline, ended)).toList();
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<CallResult> call(Call call, Deadline deadline, Consumer<CallResult> ended) {
        MemberSpec spec = call.client().spec();
        CircuitBreaker breaker = breakers.apply(spec.id());
        if (!breaker.tryAcquire().allowed()) {
            return CompletableFuture.completedFuture(
                    finish(spec, breaker, skipped(spec.id(), call.search(), breaker), ended));
        }
        return MemberCall.start(spec.id(), call.client(), call.search(), deadline.timeoutFor(spec.timeout()), scheduler, ticker)
                .thenApply(result -> finish(spec, breaker, result, ended));
    }

    private CallResult finish(MemberSpec spec, CircuitBreaker breaker, CallResult result, Consumer<CallResult> ended) {
        if (result.outcome().isFailure()) {
            breaker.onFailure();
        } else if (result.outcome() == Outcome.ANSWERED) {
            breaker.onSuccess();
        }
        try {
            listener.completed(spec, result);
        } catch (RuntimeException ignored) {
            // Metrics must never cost a search its result.
        }
        try {
            ended.accept(result);
        } catch (RuntimeException ignored) {
            // Nor may work done ahead of the merge: the merge does it itself.
        }
        return result;
    }

    private static CallResult skipped(String memberId, MemberSearch search, CircuitBreaker breaker) {
        Duration retry = breaker.retryIn();
        String details = "skipped: circuit breaker open after repeated failures"
                + (retry.isZero() ? "; a probe is in progress" : "; next probe in " + retry.toMillis() + " ms");
        return CallResult.failure(memberId, search, Outcome.SKIPPED,
                Diagnostic.of(Condition.DATABASE_UNAVAILABLE, details), Duration.ZERO);
    }
}
