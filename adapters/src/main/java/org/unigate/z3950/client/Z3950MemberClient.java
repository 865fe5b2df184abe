package org.unigate.z3950.client;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.member.Handoff;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.RpnQuery;

/**
 * A member library reached over Z39.50. Queries go through the member's index map to Type-1
 * RPN; each operation borrows a session (Init done once, reused) from the member's pool.
 * Every outcome completes the future with a response: the member's diagnostics mapped to
 * conditions, {@code DATABASE_UNAVAILABLE} when it cannot be reached (a dropped connection is
 * retried once on a new session first), {@code MEMBER_TIMEOUT} past {@link MemberSpec#timeout()}
 * (the session is closed), {@code MEMBER_ERROR} for anything it sends that makes no sense.
 * Cancelling an operation's future closes the session it holds (or withdraws it from the queue
 * for one), so the next operation does not wait for the cancelled one's deadline. Records are
 * decoded, and futures completed, on the factory's decoding executor, never on an event loop.
 * Open through {@link Z3950ClientFactory}.
 */
public final class Z3950MemberClient implements MemberClient {

    private static final Logger LOG = LoggerFactory.getLogger(Z3950MemberClient.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    /** What a spec gives before any resource is taken, so a bad spec fails cleanly. */
    record Parts(MemberAddress address, Target target, MemberQueries queries) {
        static Parts of(MemberSpec spec) {
            return new Parts(MemberAddress.parse(spec.id(), spec.address()), Target.of(spec), MemberQueries.of(spec));
        }
    }

    private final MemberSpec spec;
    private final Parts parts;
    private final Z3950ClientSettings settings;
    private final SessionPool pool;
    private final Executor decoding;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    Z3950MemberClient(MemberSpec spec, Parts parts, Z3950ClientSettings settings, EventLoopGroup group,
                      Executor decoding, Runnable onClose) {
        this.spec = spec;
        this.decoding = decoding;
        this.parts = parts;
        this.settings = settings;
        this.onClose = onClose;
        Connector connector = new Connector(group, parts.address(), spec.id(), settings);
        this.pool = new SessionPool(connector, group, settings.poolSize(), settings.idleTimeout(), settings.maxWaiting());
    }

    @Override
    public MemberSpec spec() {
        return spec;
    }

    @Override
    public CompletableFuture<MemberResponse> search(MemberSearch search) {
        long start = System.nanoTime();
        RpnQuery query;
        try {
            query = parts.queries().translate(search.query());
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(MemberResponse.failed(spec.id(), untranslatable(e), elapsed(start)));
        }
        int count = Math.min(search.count(), settings.maxRecordsPerResponse());
        Deadline deadline = Deadline.after(spec.timeout());
        return call(query, deadline,
                session -> new SearchExchange(session, parts.target(), query, search.offset(), count, deadline,
                        decoding).run(),
                (page, error) -> error == null ? page.toResponse(spec.id(), elapsed(start))
                        : MemberResponse.failed(spec.id(), report(error), elapsed(start)));
    }

    @Override
    public CompletableFuture<ScanResponse> scan(ScanRequest request) {
        AttributesPlusTerm start;
        try {
            start = parts.queries().scanStart(request.index(), request.startTerm());
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new ScanResponse(spec.id(), List.of(),
                    List.of(untranslatable(e).forMember(spec.id()))));
        }
        Deadline deadline = Deadline.after(spec.timeout());
        return call(null, deadline, session -> ScanExchange.run(session, parts.target(), start, request.count(),
                        request.position(), settings.maxRecordsPerResponse(), deadline, decoding),
                (response, error) -> error == null ? response
                        : new ScanResponse(spec.id(), List.of(), List.of(report(error))));
    }

    /** Ends the member's sessions with Close; the shared event loops are let go once that is done. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pool.close().orTimeout(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS).whenComplete((v, e) -> onClose.run());
        }
    }

    /** Sessions open now, busy or idle (for tests). */
    int openSessions() {
        return pool.openSessions();
    }

    /**
     * Runs {@code work} on a pooled session and turns its outcome into the caller's answer, which
     * is delivered from the decoding executor whichever thread learnt it. The returned future is the
     * caller's alone: once the caller completes it (cancels it), the operation is abandoned and its
     * session comes back to the pool at once.
     */
    private <T, R> CompletableFuture<R> call(Object affinity, Deadline deadline,
                                             Function<Session, CompletableFuture<T>> work, BiFunction<T, Throwable, R> answer) {
        CompletableFuture<R> result = new CompletableFuture<>();
        Lease lease = new Lease(pool);
        result.whenComplete((r, e) -> lease.abandon());
        withSession(lease, affinity, deadline, work).whenComplete((value, error) -> {
            if (!lease.abandoned()) {
                Handoff.complete(result, answer.apply(value, error), decoding);
            }
        });
        return result;
    }

    /** Runs {@code work} on a pooled session; a dropped connection gets one more try on a new one. */
    private <T> CompletableFuture<T> withSession(Lease lease, Object affinity, Deadline deadline,
                                                 Function<Session, CompletableFuture<T>> work) {
        return attempt(lease, affinity, deadline, false, work).exceptionallyCompose(error -> {
            MemberFailure failure = MemberFailure.of(error);
            if (failure.kind() == MemberFailure.Kind.DROPPED && !deadline.expired() && !closed.get() && !lease.abandoned()) {
                LOG.debug("member {}: {}; retrying on a new session", spec.id(), failure.getMessage());
                return attempt(lease, affinity, deadline, true, work);
            }
            return CompletableFuture.failedFuture(failure);
        });
    }

    private static <T> CompletableFuture<T> attempt(Lease lease, Object affinity, Deadline deadline, boolean fresh,
                                                    Function<Session, CompletableFuture<T>> work) {
        return lease.acquire(affinity, deadline, fresh).thenCompose(session -> {
            if (!lease.borrow(session)) {
                return CompletableFuture.failedFuture(Lease.gone());
            }
            CompletableFuture<T> running;
            try {
                running = work.apply(session);
            } catch (RuntimeException e) {
                running = CompletableFuture.failedFuture(e);
            }
            return running.whenComplete((r, e) -> lease.giveBack(session, e == null || MemberFailure.of(e).sessionUsable()));
        });
    }

    /** The map's diagnostic, or for anything else the translation refused, the reason as one. */
    private static Diagnostic untranslatable(RuntimeException e) {
        return e instanceof DiagnosticException d ? d.diagnostic()
                : Diagnostic.of(Condition.QUERY_FEATURE_UNSUPPORTED, String.valueOf(e.getMessage()));
    }

    private Diagnostic report(Throwable error) {
        MemberFailure failure = MemberFailure.of(error);
        if (failure.kind() == MemberFailure.Kind.GARBAGE) {
            LOG.warn("member {}: {}", spec.id(), failure.getMessage(), failure.getCause());
        }
        return failure.diagnostic().forMember(spec.id());
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
