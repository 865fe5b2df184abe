package org.unigate.federation;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.unigate.federation.chain.CallResult;
import org.unigate.member.MemberRecord;

/**
 * One fetch round's work on each member answer as it arrives, ahead of the round's merge: the
 * answer's records (already through the member's sharing rules in the call chain) handed to a
 * preparation (match keys, ranking text) on the CPU pool. A union search waits for its slowest
 * member, so by then the others' records are prepared and the merge clusters and ranks rather
 * than computes.
 *
 * <p>The round's last answer is left to the merge, which starts the moment it arrives. Preparing
 * that answer here as well was measured several ways on two cores: with the merge on a pool
 * thread, the merge waited a scheduler slice or was preempted by the helper it woke (up to a
 * millisecond lost); with the merge on the delivering thread and a pool thread preparing from the
 * other end, no gain at concurrency 1 or 4, only more CPU. The merge never waits for preparation:
 * whatever was not ready it computes itself. Thread-safe.
 */
final class EarlyShares {

    private final Consumer<List<MemberRecord>> preparation;
    private final Executor executor;
    private final AtomicInteger pending;

    /**
     * @param preparation work on one answer's records alone that the merge needs; must tolerate a
     *                    concurrent merge
     * @param calls       how many calls the round makes: each ends exactly once
     */
    EarlyShares(Consumer<List<MemberRecord>> preparation, Executor executor, int calls) {
        this.preparation = preparation;
        this.executor = executor;
        this.pending = new AtomicInteger(calls);
    }

    /** Called on the thread that ended the call: only hands the work over. */
    void ended(CallResult result) {
        boolean last = pending.decrementAndGet() <= 0;
        if (last || result.outcome() != CallResult.Outcome.ANSWERED || result.records().isEmpty()) {
            return;
        }
        List<MemberRecord> records = result.records();
        try {
            executor.execute(() -> {
                try {
                    preparation.accept(records);
                } catch (RuntimeException ignored) {
                    // The merge computes what is missing, and reports a deduplicator that fails there.
                }
            });
        } catch (RejectedExecutionException ignored) {
            // Shutting down: the merge, if any, does it all.
        }
    }
}
