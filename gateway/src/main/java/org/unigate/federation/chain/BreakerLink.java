package org.unigate.federation.chain;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.breaker.CircuitBreaker;

/**
 * A member that keeps failing is not called until its circuit breaker lets a probe through: the
 * call is answered here, at once, with a diagnostic saying when the next probe is due. Timeouts,
 * connection failures and member errors count against the member; answers for it.
 */
public final class BreakerLink implements MemberLink {

    private final Function<String, CircuitBreaker> breakers;

    public BreakerLink(Function<String, CircuitBreaker> breakers) {
        this.breakers = java.util.Objects.requireNonNull(breakers, "breakers");
    }

    @Override
    public CompletableFuture<CallResult> call(MemberExchange exchange, Chain next) {
        CircuitBreaker breaker = breakers.apply(exchange.memberId());
        if (!breaker.tryAcquire().allowed()) {
            Duration retry = breaker.retryIn();
            String details = "skipped: circuit breaker open after repeated failures"
                    + (retry.isZero() ? "; a probe is in progress" : "; next probe in " + retry.toMillis() + " ms");
            return CompletableFuture.completedFuture(CallResult.failure(exchange.memberId(), exchange.search(),
                    CallResult.Outcome.SKIPPED, Diagnostic.of(Condition.DATABASE_UNAVAILABLE, details), Duration.ZERO));
        }
        return next.proceed(exchange).thenApply(result -> {
            if (result.outcome().isFailure()) {
                breaker.onFailure();
            } else if (result.outcome() == CallResult.Outcome.ANSWERED) {
                breaker.onSuccess();
            }
            return result;
        });
    }
}
