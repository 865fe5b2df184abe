package org.unigate.z3950.client;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The sessions of one member: at most {@code maxSize} open (or opening), idle ones reused most
 * recently used first, preferring one that holds the result set an operation wants, and closed
 * once idle for {@code idleTimeout}. When all are busy, callers queue (boundedly) until a
 * session is released or their deadline passes. A session released after a failure is closed,
 * never handed out again. A caller may cancel the future {@link #acquire} gave it: it leaves the
 * queue, a connection still opening for it is closed, and a session that reaches it anyway goes
 * to the next caller. Thread-safe; futures are completed outside the lock.
 */
final class SessionPool {

    private record Waiter(CompletableFuture<Session> future, Deadline deadline, boolean fresh) {
    }

    private final Connector connector;
    private final EventLoopGroup group;
    private final int maxSize;
    private final int maxWaiting;
    private final long idleNanos;
    private final ArrayDeque<Session> idle = new ArrayDeque<>();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private final ScheduledFuture<?> sweeper;
    private int open;
    private boolean closed;

    SessionPool(Connector connector, EventLoopGroup group, int maxSize, Duration idleTimeout, int maxWaiting) {
        this.connector = connector;
        this.group = group;
        this.maxSize = maxSize;
        this.maxWaiting = maxWaiting;
        this.idleNanos = idleTimeout.toNanos();
        long period = Math.max(50, idleTimeout.toMillis() / 2);
        this.sweeper = group.next().scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * A session for one operation. {@code fresh} asks for a new connection (a retry after a
     * dropped one, when idle connections may be just as dead); {@code affinity} prefers an idle
     * session whose result set has that name and query.
     */
    CompletableFuture<Session> acquire(Object affinity, Deadline deadline, boolean fresh) {
        Session reused = null;
        Session evicted = null;
        Waiter waiter = null;
        boolean connect = false;
        synchronized (this) {
            if (closed) {
                return CompletableFuture.failedFuture(new MemberFailure(MemberFailure.Kind.CLOSED, "member client is closed"));
            }
            if (!fresh) {
                reused = takeIdle(affinity);
            } else if (open >= maxSize && !idle.isEmpty()) {
                evicted = idle.pollLast();
                open--;
            }
            if (reused == null) {
                if (open < maxSize) {
                    open++;
                    connect = true;
                } else if (waiting.size() < maxWaiting) {
                    waiter = new Waiter(new CompletableFuture<>(), deadline, fresh);
                    waiting.add(waiter);
                } else {
                    return CompletableFuture.failedFuture(new MemberFailure(MemberFailure.Kind.BUSY,
                            "all " + maxSize + " sessions busy and " + maxWaiting + " requests waiting"));
                }
            }
        }
        if (evicted != null) {
            evicted.close();
        }
        if (reused != null) {
            return CompletableFuture.completedFuture(reused);
        }
        if (connect) {
            return connect(deadline);
        }
        Waiter queued = waiter;
        ScheduledFuture<?> expiry = expireAt(queued);
        queued.future().whenComplete((s, e) -> {
            expiry.cancel(false);
            if (queued.future().isCancelled()) {
                synchronized (this) {
                    waiting.remove(queued);
                }
            }
        });
        return queued.future();
    }

    /** Returns a session after use; one that failed (or any, once the pool is closed) is closed. */
    void release(Session session, boolean reusable) {
        session.markIdle();
        while (true) {
            Waiter next;
            boolean keep;
            synchronized (this) {
                keep = reusable && !closed && session.isActive();
                next = waiting.poll();
                if (next == null) {
                    if (keep) {
                        idle.push(session);
                        return;
                    }
                    open--;
                } else if (!keep || next.fresh()) {
                    keep = false;
                }
            }
            if (next != null && keep) {
                if (next.future().complete(session)) {
                    return;
                }
                // That caller gave up between leaving the queue and now: the session goes on.
                continue;
            }
            session.close();
            if (next != null) {
                connectFor(next);
            }
            return;
        }
    }

    /**
     * Closes idle sessions now and the others as they come back; queued requests fail.
     * Completes when the idle sessions' connections are closed.
     */
    CompletableFuture<Void> close() {
        List<Session> toClose;
        List<Waiter> toFail;
        synchronized (this) {
            if (closed) {
                return CompletableFuture.completedFuture(null);
            }
            closed = true;
            toClose = new ArrayList<>(idle);
            toFail = new ArrayList<>(waiting);
            open -= idle.size();
            idle.clear();
            waiting.clear();
        }
        sweeper.cancel(false);
        toClose.forEach(Session::close);
        MemberFailure closing = new MemberFailure(MemberFailure.Kind.CLOSED, "member client is closed");
        toFail.forEach(w -> w.future().completeExceptionally(closing));
        return CompletableFuture.allOf(toClose.stream().map(Session::closed).toArray(CompletableFuture<?>[]::new));
    }

    synchronized int openSessions() {
        return open;
    }

    private Session takeIdle(Object affinity) {
        Session chosen = null;
        for (Iterator<Session> it = idle.iterator(); it.hasNext(); ) {
            Session s = it.next();
            if (!s.isActive()) {
                it.remove();
                open--;
            } else if (chosen == null || affinity != null && Objects.equals(affinity, key(s)) && !Objects.equals(affinity, key(chosen))) {
                chosen = s;
            }
        }
        if (chosen != null) {
            idle.remove(chosen);
        }
        return chosen;
    }

    private static Object key(Session s) {
        Session.ResultSet rs = s.resultSet();
        return rs == null ? null : rs.query();
    }

    /**
     * Opens a session for a slot already counted in {@code open}, giving the slot back on failure.
     * Cancelling the returned future closes the connection while it opens.
     */
    private CompletableFuture<Session> connect(Deadline deadline) {
        CompletableFuture<Session> result = new CompletableFuture<>();
        CompletableFuture<Session> opening = connector.open(deadline);
        opening.whenComplete((s, e) -> {
            if (e != null) {
                slotFreed();
                result.completeExceptionally(e);
                return;
            }
            boolean late;
            synchronized (this) {
                late = closed;
                if (late) {
                    open--;
                }
            }
            if (late) {
                s.close();
                result.completeExceptionally(new MemberFailure(MemberFailure.Kind.CLOSED, "member client is closed"));
            } else if (!result.complete(s)) {
                release(s, true);
            }
        });
        result.whenComplete((s, e) -> {
            if (result.isCancelled()) {
                opening.cancel(false);
            }
        });
        return result;
    }

    /** A slot came free without a session to hand over: the first waiter gets a connection of its own. */
    private void slotFreed() {
        Waiter next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                open--;
                return;
            }
        }
        connectFor(next);
    }

    private void connectFor(Waiter waiter) {
        CompletableFuture<Session> opening = connect(waiter.deadline());
        opening.whenComplete((s, e) -> {
            if (e != null) {
                waiter.future().completeExceptionally(e);
            } else if (!waiter.future().complete(s)) {
                release(s, true);
            }
        });
        waiter.future().whenComplete((s, e) -> {
            if (waiter.future().isCancelled()) {
                opening.cancel(false);
            }
        });
    }

    private ScheduledFuture<?> expireAt(Waiter waiter) {
        return group.next().schedule(() -> {
            boolean removed;
            synchronized (this) {
                removed = waiting.remove(waiter);
            }
            if (removed) {
                waiter.future().completeExceptionally(new MemberFailure(MemberFailure.Kind.TIMEOUT,
                        "no session came free within " + waiter.deadline().budget().toMillis() + " ms"));
            }
        }, Math.max(1, waiter.deadline().remainingMillis()), TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        List<Session> stale = new ArrayList<>();
        long now = System.nanoTime();
        synchronized (this) {
            for (Iterator<Session> it = idle.iterator(); it.hasNext(); ) {
                Session s = it.next();
                if (!s.isActive() || now - s.idleSince() >= idleNanos) {
                    it.remove();
                    open--;
                    stale.add(s);
                }
            }
        }
        stale.forEach(Session::close);
    }
}
