package org.unigate.z3950.client;

import java.util.concurrent.CompletableFuture;

/**
 * What one client operation holds in its member's pool: the session it has borrowed, or the
 * acquisition it is waiting on. When the caller gives up on the operation it is
 * {@link #abandon abandoned}, and the hold comes back at once: a wait leaves the queue (or its
 * connection, still opening, is closed), and a borrowed session is closed and its slot handed on
 * — Z39.50 cannot take back a search in flight, and a late answer would be read as the next
 * request's. Each session goes back to the pool exactly once. Thread-safe.
 */
final class Lease {

    private final SessionPool pool;
    private CompletableFuture<Session> acquiring;
    private Session borrowed;
    private boolean abandoned;

    Lease(SessionPool pool) {
        this.pool = pool;
    }

    synchronized boolean abandoned() {
        return abandoned;
    }

    /** A session from the pool, unless the operation is abandoned (before or while it waits). */
    CompletableFuture<Session> acquire(Object affinity, Deadline deadline, boolean fresh) {
        if (abandoned()) {
            return CompletableFuture.failedFuture(gone());
        }
        CompletableFuture<Session> waiting;
        try {
            waiting = pool.acquire(affinity, deadline, fresh);
        } catch (RuntimeException e) {
            // The shared event loops are shutting down under us.
            return CompletableFuture.failedFuture(new MemberFailure(MemberFailure.Kind.CLOSED, e.toString()));
        }
        boolean late;
        synchronized (this) {
            late = abandoned;
            acquiring = late ? null : waiting;
        }
        if (late) {
            waiting.cancel(false);
        }
        return waiting;
    }

    /** Takes the acquired session for the operation; false, the session given back, if it was abandoned meanwhile. */
    boolean borrow(Session session) {
        synchronized (this) {
            if (!abandoned) {
                borrowed = session;
                acquiring = null;
                return true;
            }
        }
        pool.release(session, true);
        return false;
    }

    /** Returns the borrowed session after the work, unless {@link #abandon} already did. */
    void giveBack(Session session, boolean reusable) {
        synchronized (this) {
            if (borrowed != session) {
                return;
            }
            borrowed = null;
        }
        pool.release(session, reusable);
    }

    /** The caller gave up: whatever is held is let go now. Later calls change nothing. */
    void abandon() {
        Session session;
        CompletableFuture<Session> waiting;
        synchronized (this) {
            if (abandoned) {
                return;
            }
            abandoned = true;
            session = borrowed;
            waiting = acquiring;
            borrowed = null;
            acquiring = null;
        }
        if (waiting != null) {
            waiting.cancel(false);
        }
        if (session != null) {
            session.abort();
            pool.release(session, false);
        }
    }

    static MemberFailure gone() {
        return new MemberFailure(MemberFailure.Kind.ABANDONED, "the caller gave up on the operation");
    }
}
