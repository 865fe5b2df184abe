package org.unigate.federation.chain;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets an outer link (the deadline) call off what an inner one started (the member client's
 * request): cancelling a dependent future never reaches the future it depends on, so the chain
 * carries this token instead. Actions registered after cancellation run at once. Thread-safe.
 */
public final class Cancellation {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    /** Runs {@code action} when the call is cancelled (at once if it already is). */
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return;
            }
        }
        runQuietly(action);
    }

    /** Cancels the call: every registered action runs once, on this thread. */
    public void cancel() {
        List<Runnable> run;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            run = List.copyOf(actions);
            actions.clear();
        }
        run.forEach(Cancellation::runQuietly);
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // Releasing a member's resources must not cost the search its verdict.
        }
    }
}
