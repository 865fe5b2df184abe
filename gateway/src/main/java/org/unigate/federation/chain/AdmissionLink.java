package org.unigate.federation.chain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;

/**
 * At most so many calls in progress to any one member (Metaproxy's {@code limit} filter, per
 * backend): a member library's server is usually small, and a burst of union searches must not
 * turn into a burst against each member. A call over the limit is answered at once as busy; it
 * does not count against the member's circuit breaker, which sits inside this link.
 */
public final class AdmissionLink implements MemberLink {

    private final int maxInProgress;
    private final Map<String, AtomicInteger> inProgress = new ConcurrentHashMap<>();

    public AdmissionLink(int maxInProgress) {
        if (maxInProgress < 1) {
            throw new IllegalArgumentException("maxInProgress must be at least 1");
        }
        this.maxInProgress = maxInProgress;
    }

    @Override
    public CompletableFuture<CallResult> call(MemberExchange exchange, Chain next) {
        AtomicInteger count = inProgress.computeIfAbsent(exchange.memberId(), id -> new AtomicInteger());
        if (count.incrementAndGet() > maxInProgress) {
            count.decrementAndGet();
            return CompletableFuture.completedFuture(CallResult.failure(exchange.memberId(), exchange.search(),
                    CallResult.Outcome.SKIPPED, Diagnostic.of(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE,
                            "busy: " + maxInProgress + " calls to this member already in progress"), Duration.ZERO));
        }
        CompletableFuture<CallResult> answer;
        try {
            answer = next.proceed(exchange);
        } catch (RuntimeException e) {
            count.decrementAndGet();
            throw e;
        }
        return answer.whenComplete((result, error) -> count.decrementAndGet());
    }

    /** Calls to the member in progress now (for health reports and tests). */
    public int inProgress(String memberId) {
        AtomicInteger count = inProgress.get(memberId);
        return count == null ? 0 : count.get();
    }
}
