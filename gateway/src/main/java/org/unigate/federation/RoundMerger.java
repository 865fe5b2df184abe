package org.unigate.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.chain.CallResult;
import org.unigate.federation.chain.CpuPool;
import org.unigate.federation.rank.Ranker;
import org.unigate.federation.rank.RecordText;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;
import org.unigate.union.Deduplicator;
import org.unigate.union.RecordMemo;
import org.unigate.union.UnionRecord;

/**
 * Folds one fetch round into a result set: takes each member's records (through its sharing rules
 * in the call chain already), re-clusters with {@link StableMerge}, ranks what is new and appends
 * it after what was already committed.
 */
final class RoundMerger {

    /** The largest first round merged where its last answer arrived: twenty members' first pages, a few milliseconds. */
    static final int INLINE_MERGE_RECORDS = 400;

    private final Deduplicator deduplicator;
    private final Ranker ranker;
    private final FederationMetrics metrics;
    private final int maxFetchDepth;

    RoundMerger(Deduplicator deduplicator, Ranker ranker, FederationMetrics metrics, int maxFetchDepth) {
        this.deduplicator = deduplicator;
        this.ranker = ranker;
        this.metrics = metrics;
        this.maxFetchDepth = maxFetchDepth;
    }

    /**
     * One fetch round of a result set: where its answers are filtered and prepared as they arrive,
     * and the deduplication and ranking memory its merge reads.
     */
    record Round(EarlyShares early, Deduplicator.Round dedup, RecordMemo<RecordText> texts) {
        /** For {@code FanOut.run}: called as each member call ends. */
        void ended(CallResult result) {
            early.ended(result);
        }
    }

    Round round(Executor executor, int calls) {
        Deduplicator.Round dedup = deduplicator.round();
        RecordMemo<RecordText> texts = new RecordMemo<>();
        EarlyShares early = new EarlyShares(shared -> prepare(dedup, texts, shared), executor, calls);
        return new Round(early, dedup, texts);
    }

    /**
     * What can be done with one member's shared records before the round's merge: the
     * deduplicator's keys first (the merge needs them soonest), then ranking text.
     */
    private void prepare(Deduplicator.Round dedup, RecordMemo<RecordText> texts, List<MemberRecord> shared) {
        try {
            dedup.prepare(shared);
        } catch (RuntimeException ignored) {
            // The merge computes what is missing, and reports a deduplicator that fails there.
        }
        List<MarcRecord> records = new ArrayList<>(shared.size());
        for (MemberRecord r : shared) {
            records.add(r.record());
        }
        ranker.prepare(records, texts);
    }

    /**
     * Folds the round into the set once all its answers are in, then publishes the set and
     * completes with it. What the merge put off (the deduplicator's memory) runs after the set's
     * dependents: a client waiting for the set must not wait for that too.
     *
     * <p>A small first round (the usual first page from each member) whose last answer arrived on
     * a CPU-pool thread is merged right there: every search waits for that merge, and handing it
     * to another pool thread added a wake-up, a quarter of a millisecond on a small VM, a tenth of
     * the merge. Everything else goes to {@code pool}: larger and deeper rounds, and any round
     * whose last answer came on an event loop or the timer, which must never merge.
     */
    CompletableFuture<ResultSet> mergeWhenIn(CompletableFuture<List<CallResult>> answers, ResultSet set,
                                             boolean firstRound, Round round, CpuPool pool,
                                             Consumer<ResultSet> publish) {
        CompletableFuture<ResultSet> merged = new CompletableFuture<>();
        answers.whenComplete((results, failed) -> {
            if (failed != null) {
                merged.completeExceptionally(failed);
                return;
            }
            Runnable merge = () -> {
                try {
                    Runnable deferred = absorb(set, results, firstRound, round);
                    publish.accept(set);
                    merged.complete(set);
                    deferred.run();
                } catch (RuntimeException | Error e) {
                    merged.completeExceptionally(e);
                }
            };
            if (firstRound && records(results) <= INLINE_MERGE_RECORDS && pool.onPool()) {
                merge.run();
            } else {
                try {
                    pool.execute(merge);
                } catch (RejectedExecutionException e) {
                    merged.completeExceptionally(e);
                }
            }
        });
        return merged;
    }

    private static int records(List<CallResult> results) {
        int n = 0;
        for (CallResult r : results) {
            n += r.records().size();
        }
        return n;
    }

    /** @return bookkeeping (caches) put off until the merged set is published: run it then */
    Runnable absorb(ResultSet set, List<CallResult> results, boolean firstRound, Round round) {
        synchronized (set) {
            for (CallResult result : results) {
                MemberCursor cursor = set.cursor(result.memberId());
                if (firstRound) {
                    cursor.first(result, maxFetchDepth);
                } else {
                    cursor.deeper(result, maxFetchDepth);
                }
                take(set, result);
            }
            StableMerge.Outcome merged = StableMerge.merge(set.committed(), set.sources(), round.dedup());
            if (merged.dedupFailure() != null) {
                set.addDiagnostic(Diagnostic.of(Condition.GENERAL_SYSTEM_ERROR,
                        "duplicate detection failed (" + merged.dedupFailure().getClass().getSimpleName()
                                + "); records are shown unmerged"));
            }
            List<UnionRecord> fresh = ranker.rank(merged.fresh(), set.terms, set.order, round.texts());
            metrics.clustersFormed(fresh.stream().filter(r -> r.sources().size() > 1).count());
            List<UnionRecord> all = new ArrayList<>(merged.committed().size() + fresh.size());
            all.addAll(merged.committed());
            all.addAll(fresh);
            set.commit(all);
        }
        return () -> {
            try {
                round.dedup().finish();
            } catch (RuntimeException ignored) {
                // Only later rounds' speed depends on it.
            }
        };
    }

    /** The round's records the set has not seen yet (overlapping pages, repeated ids), as its sources. */
    private static void take(ResultSet set, CallResult result) {
        for (MemberRecord record : result.records()) {
            if (set.firstSight(record)) {
                set.addSource(record);
            }
        }
    }
}
