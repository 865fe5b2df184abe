package org.unigate.federation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.chain.Deadline;
import org.unigate.member.MemberClient;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;
import org.unigate.member.ScanTerm;

/**
 * Sends one scan to members in parallel, each bounded by its own timeout and the overall
 * deadline as searches are, and merges what comes back with {@link ScanMerge}. A member whose
 * circuit is open is not asked; scans do not feed the breakers, which judge members by their
 * searches. No thread waits: timeouts are timers on the shared scheduler.
 */
final class UnionScanner {

    private static final int MAX_DETAIL_CHARS = 500;

    /** What one member contributed: how it went, and its terms (at most the count asked for). */
    record Answer(MemberStatus status, List<ScanTerm> terms) {
    }

    private final ScheduledExecutorService scheduler;
    private final Ticker ticker;
    private final Duration deadline;
    private final Function<String, CircuitBreaker> breakers;

    UnionScanner(ScheduledExecutorService scheduler, Ticker ticker, Duration deadline,
                 Function<String, CircuitBreaker> breakers) {
        this.scheduler = scheduler;
        this.ticker = ticker;
        this.deadline = deadline;
        this.breakers = breakers;
    }

    CompletableFuture<UnionScan> scan(ScanRequest request, List<MemberClient> members) {
        Deadline budget = Deadline.after(deadline, ticker);
        List<CompletableFuture<Answer>> calls = members.stream().map(m -> call(m, request, budget)).toList();
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .thenApply(done -> ScanMerge.merge(request, calls.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<Answer> call(MemberClient member, ScanRequest request, Deadline budget) {
        String id = member.id();
        long start = ticker.read();
        CircuitBreaker breaker = breakers.apply(id);
        if (breaker != null && breaker.state() == CircuitBreaker.State.OPEN) {
            return CompletableFuture.completedFuture(failure(id, MemberStatus.State.SKIPPED,
                    Diagnostic.of(Condition.DATABASE_UNAVAILABLE, "skipped: circuit breaker open"), start));
        }
        CompletableFuture<Answer> result = new CompletableFuture<>();
        CompletableFuture<ScanResponse> pending;
        try {
            pending = member.scan(request);
            if (pending == null) {
                throw new IllegalStateException("member client returned no future");
            }
        } catch (RuntimeException e) {
            result.complete(fromFailure(id, e, start));
            return result;
        }
        Duration timeout = budget.timeoutFor(member.spec().timeout());
        ScheduledFuture<?> timer;
        try {
            timer = scheduler.schedule(() -> {
                if (result.complete(failure(id, MemberStatus.State.TIMED_OUT, Diagnostic.of(Condition.MEMBER_TIMEOUT,
                        "no answer within " + timeout.toMillis() + " ms"), start))) {
                    pending.cancel(true);
                }
            }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.cancel(true);
            result.complete(failure(id, MemberStatus.State.FAILED,
                    Diagnostic.of(Condition.GENERAL_SYSTEM_ERROR, "the gateway is shutting down"), start));
            return result;
        }
        pending.whenComplete((response, error) -> {
            Answer answer = error == null ? fromResponse(id, request, response, start) : fromFailure(id, error, start);
            if (result.complete(answer)) {
                timer.cancel(false);
            }
        });
        return result;
    }

    private Answer fromResponse(String id, ScanRequest request, ScanResponse response, long start) {
        if (response == null) {
            return failure(id, MemberStatus.State.FAILED,
                    Diagnostic.of(Condition.MEMBER_ERROR, "member client completed without a response"), start);
        }
        List<ScanTerm> terms = response.terms().stream().limit(request.count()).toList();
        List<Diagnostic> diagnostics = response.diagnostics().stream().limit(20).map(d -> bounded(d).forMember(id)).toList();
        return new Answer(new MemberStatus(id, MemberStatus.State.ANSWERED, terms.size(), 0, since(start), diagnostics), terms);
    }

    private Answer fromFailure(String id, Throwable error, long start) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof DiagnosticException d) {
            return failure(id, MemberStatus.State.FAILED, bounded(d.diagnostic()), start);
        }
        if (cause instanceof IOException || cause instanceof UncheckedIOException) {
            return failure(id, MemberStatus.State.UNAVAILABLE,
                    Diagnostic.of(Condition.DATABASE_UNAVAILABLE, "connection failed: " + cause.getMessage()), start);
        }
        return failure(id, MemberStatus.State.FAILED,
                Diagnostic.of(Condition.MEMBER_ERROR, cause.getClass().getSimpleName() + ": " + cause.getMessage()), start);
    }

    private Answer failure(String id, MemberStatus.State state, Diagnostic diagnostic, long start) {
        return new Answer(new MemberStatus(id, state, 0, 0, since(start), List.of(bounded(diagnostic).forMember(id))),
                List.of());
    }

    private Duration since(long start) {
        return Duration.ofNanos(Math.max(0, ticker.read() - start));
    }

    private static Diagnostic bounded(Diagnostic d) {
        String details = d.details();
        return details != null && details.length() > MAX_DETAIL_CHARS
                ? new Diagnostic(d.condition(), details.substring(0, MAX_DETAIL_CHARS) + "...", d.member()) : d;
    }
}
