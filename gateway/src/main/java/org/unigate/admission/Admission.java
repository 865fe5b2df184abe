package org.unigate.admission;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.unigate.config.DoorLimits;

/**
 * A door's admission control: at most {@code inFlight} requests in progress, at most
 * {@code queued} more waiting their turn, first come first served, and beyond that an immediate
 * refusal ({@link DoorFullException}) that the door turns into its protocol's "busy" answer.
 *
 * <p>Waiting costs no thread. A request is its asynchronous work; a waiting one is started by
 * whichever request frees its place, which hands the place straight over, so a newcomer can never
 * overtake the queue. The place is given up before the finished request's own future
 * completes, so a client that asks again as soon as it has its answer is never refused on
 * account of the request it just finished. Work that finishes at once
 * on the starting thread hands over in a loop, not by recursion, so a long queue of such work
 * cannot overflow the stack.
 */
public final class Admission implements MeterBinder {

    private final String door;
    private final int maxInFlight;
    private final int maxQueued;
    private final Duration retryAfter;
    /** Waiting requests; guarded by this, as is inFlight. */
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int inFlight;
    /** Requests whose turn has come, started by the one thread draining this at a time. */
    private final Queue<Runnable> ready = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong rejected = new AtomicLong();

    public Admission(String door, DoorLimits limits) {
        this.door = Objects.requireNonNull(door, "door");
        this.maxInFlight = limits.inFlight();
        this.maxQueued = limits.queued();
        this.retryAfter = limits.retryAfter();
    }

    /**
     * Runs {@code work} now if there is room, later if it may wait, or not at all: then the
     * returned future fails at once with {@link DoorFullException}. Otherwise it completes as
     * the work's stage does (a work that throws fails it the same way), the request's place
     * having been given up first.
     */
    public <T> CompletableFuture<T> admit(Supplier<? extends CompletionStage<? extends T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> start(work, result);
        DoorFullException refused;
        synchronized (this) {
            if (inFlight < maxInFlight) {   // then no one is waiting: places go to the queue first
                inFlight++;
                refused = null;
            } else if (waiting.size() < maxQueued) {
                waiting.add(start);
                return result;
            } else {
                refused = new DoorFullException(door, inFlight, waiting.size(), retryAfter);
            }
        }
        if (refused != null) {
            rejected.incrementAndGet();
            return CompletableFuture.failedFuture(refused);
        }
        start.run();
        return result;
    }

    private <T> void start(Supplier<? extends CompletionStage<? extends T>> work, CompletableFuture<T> result) {
        CompletionStage<? extends T> stage;
        try {
            stage = Objects.requireNonNull(work.get(), "work gave no stage");
        } catch (RuntimeException e) {
            release();
            result.completeExceptionally(e);
            return;
        }
        stage.whenComplete((value, error) -> {
            release();
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(value);
            }
        });
    }

    /** Gives the place to the longest-waiting request, or back to the door. */
    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inFlight--;
                return;
            }
        }
        ready.add(next);
        while (!ready.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                for (Runnable r = ready.poll(); r != null; r = ready.poll()) {
                    r.run();
                }
            } finally {
                draining.set(false);
            }
        }
    }

    public String door() {
        return door;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    public synchronized int queued() {
        return waiting.size();
    }

    public long rejected() {
        return rejected.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("unigate.door.in.flight", this, Admission::inFlight).tag("door", door)
                .description("Requests in progress at the door").register(registry);
        Gauge.builder("unigate.door.queued", this, Admission::queued).tag("door", door)
                .description("Requests waiting for a place at the door").register(registry);
        FunctionCounter.builder("unigate.door.rejected", this, Admission::rejected).tag("door", door)
                .description("Requests answered busy because the door was full").register(registry);
    }
}
