package org.unigate.federation.catalogue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task on a background thread, folding requests together: however many arrive while a
 * run waits to start share that run. A request made while a run is under way gets a run of its
 * own afterwards, since the one under way may have read the members before the change it reports.
 */
final class CoalescingRunner<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoalescingRunner.class);

    private final Callable<T> task;
    private final String threadName;
    private final ExecutorService executor;
    private CompletableFuture<T> waiting; // guarded by this
    private boolean closed; // guarded by this

    CoalescingRunner(Callable<T> task, String threadName) {
        this.task = task;
        this.threadName = threadName;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    synchronized CompletableFuture<T> request() {
        if (waiting != null) {
            return waiting;
        }
        CompletableFuture<T> next = new CompletableFuture<>();
        try {
            executor.execute(() -> run(next));
            waiting = next;
        } catch (RejectedExecutionException e) {
            next.completeExceptionally(new IllegalStateException("closed", e));
        }
        return next;
    }

    private void run(CompletableFuture<T> future) {
        synchronized (this) {
            waiting = null;
            if (closed) {
                future.completeExceptionally(new IllegalStateException("closed"));
                return;
            }
        }
        try {
            future.complete(task.call());
        } catch (Exception e) {
            future.completeExceptionally(e);
        } catch (Error e) {
            future.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Lets a run under way finish and drops runs not yet started. Never interrupts: a run reads
     * members' Lucene indexes, and an interrupt closes the index files under every reader.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("{} still running after a minute; leaving it to end with the JVM", threadName);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
