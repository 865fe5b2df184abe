package org.unigate.federation.chain;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's bounded pool for CPU work (decoding, sharing rules, match keys, merging), and a
 * way to tell whether the current thread is one of its own. Event loops (Netty's, Vert.x's) and
 * the timer must only do I/O and hand over; work already on the pool continues where it is,
 * sparing a thread hand-off (a quarter of a millisecond on a small machine).
 */
public final class CpuPool implements Executor, AutoCloseable {

    /** Tasks each thread may have waiting: a burst is absorbed, a flood is refused rather than queued without end. */
    static final int QUEUE_PER_THREAD = 4096;

    private final Executor executor;
    private final ExecutorService owned;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** A view of {@code executor} (which the caller owns) that knows its own threads' tasks. */
    public CpuPool(Executor executor) {
        this(executor, null);
    }

    private CpuPool(Executor executor, ExecutorService owned) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.owned = owned;
    }

    /**
     * A pool of its own: one daemon thread per core (CPU work gains nothing from more), a bounded
     * queue, shut down by {@link #close}.
     */
    public static CpuPool bounded(String name) {
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD), r -> {
                    Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        return new CpuPool(pool, pool);
    }

    /** Shuts the pool down if it is its own; a view leaves its executor to the owner. */
    @Override
    public void close() {
        if (owned != null) {
            owned.shutdown();
        }
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(() -> {
            inside.set(Boolean.TRUE);
            try {
                task.run();
            } finally {
                inside.set(Boolean.FALSE);
            }
        });
    }

    /** True on a thread that is running this pool's task. */
    public boolean onPool() {
        return inside.get();
    }

    /** Runs {@code task} here if this is a pool thread, else on the pool. */
    public void executeHere(Runnable task) {
        if (onPool()) {
            task.run();
        } else {
            execute(task);
        }
    }
}
