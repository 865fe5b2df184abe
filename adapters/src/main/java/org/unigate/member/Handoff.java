package org.unigate.member;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Completing a member future from the client's decoding executor rather than from the event
 * loop or timer that learnt the outcome, since whatever the caller chained on the future runs
 * on the completing thread.
 */
public final class Handoff {

    private Handoff() {
    }

    /**
     * Completes {@code future} with {@code value} on {@code executor}; when the executor refuses
     * (its queue is full, or it is shut down), on this thread, since an answer is never dropped.
     */
    public static <T> void complete(CompletableFuture<T> future, T value, Executor executor) {
        if (future.isDone()) {
            return;
        }
        try {
            executor.execute(() -> future.complete(value));
        } catch (RejectedExecutionException e) {
            future.complete(value);
        }
    }
}
