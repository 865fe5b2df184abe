package org.unigate.federation.fanout;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Calls start slowest member first (by each member's recent call times): a round lasts as
 * long as its slowest member, and starting the others first would add their set-up time to it.
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
    /** Each member's recent call time (nanoseconds, smoothed), to start the slowest first. */
    private final Map<String, Long> recentNanos = new ConcurrentHashMap<>();

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
        List<CompletableFuture<CallResult>> futures = new ArrayList<>(Collections.nCopies(calls.size(), null));
        for (int i : slowestFirst(calls)) {
            futures.set(i, call(calls.get(i), deadline, ended));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    /** Indices of the calls, the members slowest of late first; ties (and new members) in call order. */
    private List<Integer> slowestFirst(List<Call> calls) {
        List<Integer> order = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> recentNanos.getOrDefault(calls.get(i).client().spec().id(), 0L))
                .reversed());
        return order;
    }

    private void remember(String memberId, Duration elapsed) {
        long sample = elapsed.toNanos();
        recentNanos.merge(memberId, sample, (old, now) -> old - old / 4 + now / 4);
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
        if (result.outcome() != Outcome.SKIPPED) {
            remember(spec.id(), result.elapsed());
        }
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
