package org.unigate.federation.chain;

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

/**
 * Bounds a call by the member's timeout and the round's deadline, whichever comes first, on one
 * shared timer (no thread waits for a member). When time is up the call is cancelled down to the
 * member client, which closes or frees the connection it held, and only then is the timeout
 * published: its dependents may end the whole search at once.
 */
public final class DeadlineLink implements MemberLink {

    private final ScheduledExecutorService timer;
    private final Ticker ticker;

    public DeadlineLink(ScheduledExecutorService timer, Ticker ticker) {
        this.timer = java.util.Objects.requireNonNull(timer, "timer");
        this.ticker = java.util.Objects.requireNonNull(ticker, "ticker");
    }

    @Override
    public CompletableFuture<CallResult> call(MemberExchange exchange, Chain next) {
        Duration timeout = exchange.deadline().timeoutFor(exchange.spec().timeout());
        long start = ticker.read();
        CompletableFuture<CallResult> result = new CompletableFuture<>();
        // Set once the timer has ruled, so that the cancelled call's own ending cannot pass for an answer.
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<CallResult> inner = next.proceed(exchange);
        if (inner.isDone()) {
            return inner;
        }
        ScheduledFuture<?> alarm;
        try {
            alarm = timer.schedule(() -> {
                if (result.isDone() || !timedOut.compareAndSet(false, true)) {
                    return;
                }
                CallResult late = ResponseCheck.timedOut(exchange.memberId(), exchange.search(), timeout,
                        Duration.ofNanos(Math.max(0, ticker.read() - start)));
                exchange.cancellation().cancel();
                result.complete(late);
            }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            exchange.cancellation().cancel();
            return CompletableFuture.completedFuture(CallResult.failure(exchange.memberId(), exchange.search(),
                    CallResult.Outcome.FAILED, Diagnostic.of(Condition.GENERAL_SYSTEM_ERROR, "the gateway is shutting down"),
                    Duration.ZERO));
        }
        inner.whenComplete((answer, error) -> {
            CallResult r = answer != null ? answer
                    : ResponseCheck.fromFailure(exchange.memberId(), exchange.search(), error, Duration.ZERO);
            if (!timedOut.get() && result.complete(r)) {
                alarm.cancel(false);
            }
        });
        return result;
    }
}
