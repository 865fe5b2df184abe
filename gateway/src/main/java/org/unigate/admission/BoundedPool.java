package org.unigate.admission;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of daemon threads with a bounded queue, for CPU work a door does off its event
 * loop. A task that finds the queue full is refused at once rather than waiting unseen: with
 * the door's admission in front, whose requests each have at most one task here, that does not
 * happen unless the queue is smaller than the door's in-flight limit.
 */
public final class BoundedPool implements AutoCloseable, MeterBinder {

    private final String name;
    private final ThreadPoolExecutor executor;

    public BoundedPool(String name, int threads, int queue) {
        if (threads < 1 || queue < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread and a queue of one");
        }
        this.name = name;
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), new DefaultThreadFactory(name, true),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** The task's result, computed on the pool; a full pool fails it with {@link RejectedExecutionException}. */
    public <T> CompletableFuture<T> call(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(task.call());
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        new ExecutorServiceMetrics(executor, name, Tags.empty()).bindTo(registry);
    }

    /** Lets queued work finish for a moment, then stops the threads. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
