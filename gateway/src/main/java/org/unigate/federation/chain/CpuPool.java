package org.unigate.federation.chain;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The gateway's bounded pool for CPU work (decoding, sharing rules, match keys, merging), and a
 * way to tell whether the current thread is one of its own. Event loops (Netty's, Vert.x's) and
 * the timer must only do I/O and hand over; work already on the pool continues where it is,
 * sparing a thread hand-off (a quarter of a millisecond on a small machine).
 */
public final class CpuPool implements Executor {

    private final Executor executor;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public CpuPool(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
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
