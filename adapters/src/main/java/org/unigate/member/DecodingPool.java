package org.unigate.member;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor protocol clients do their CPU work on (decoding records, parsing XML) and complete
 * their futures from, so that event loops only move bytes and the engine receives answers on a
 * bounded pool. {@link #of Given} an executor (the engine's), it lends that one and never shuts it
 * down. {@link #owned Owning} one, it makes a small pool sized to the machine, with a bounded
 * queue and named daemon threads, for its first user and shuts it down after its last, as client
 * factories do with their event loops. Thread-safe.
 */
public final class DecodingPool {

    private static final int QUEUE_PER_THREAD = 256;
    private static final long IDLE_SECONDS = 30;

    private final String name;
    private final Executor given;
    private ExecutorService owned;
    private int users;

    private DecodingPool(String name, Executor given) {
        this.name = name;
        this.given = given;
    }

    /** Lends {@code executor}, which its owner shuts down. */
    public static DecodingPool of(Executor executor) {
        return new DecodingPool(null, Objects.requireNonNull(executor, "executor"));
    }

    /** A pool of its own whose threads are called {@code name-1}, {@code name-2}, ... */
    public static DecodingPool owned(String name) {
        return new DecodingPool(Objects.requireNonNull(name, "name"), null);
    }

    /** The executor, for one more user, who must {@link #release} it when done. */
    public synchronized Executor acquire() {
        users++;
        if (given != null) {
            return given;
        }
        if (owned == null) {
            owned = bounded(name);
        }
        return owned;
    }

    /**
     * One user fewer; after the last, an owned pool is shut down. Work already queued still runs,
     * so answers already read are delivered; later work is refused.
     */
    public void release() {
        ExecutorService finished = null;
        synchronized (this) {
            if (users > 0 && --users == 0 && owned != null) {
                finished = owned;
                owned = null;
            }
        }
        if (finished != null) {
            finished.shutdown();
        }
    }

    /** Users holding the executor now (for tests and diagnostics). */
    public synchronized int users() {
        return users;
    }

    private static ExecutorService bounded(String name) {
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD), factory, new ThreadPoolExecutor.AbortPolicy());
        // An idle gateway keeps no decoding threads.
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
