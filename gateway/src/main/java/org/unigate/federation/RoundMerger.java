package org.unigate.federation;

import org.unigate.union.UnionRecord;
import org.unigate.union.Deduplicator;
import org.unigate.union.RecordMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.unigate.cache.MemberRecordCache;
import org.unigate.cache.RecordKey;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.fanout.CallResult;
import org.unigate.federation.rank.Ranker;
import org.unigate.federation.rank.RecordText;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;

/**
 * Folds one fetch round into a result set: applies each member's sharing rules, remembers the
 * shared records for fetching by id, re-clusters with {@link StableMerge}, ranks what is new and
 * appends it after what was already committed.
 */
final class RoundMerger {

    /** The largest first round merged where its last answer arrived: twenty members' first pages, a few milliseconds. */
    static final int INLINE_MERGE_RECORDS = 400;

    private final Map<String, SharingFilter> filters;
    private final Deduplicator deduplicator;
    private final Ranker ranker;
    private final FederationMetrics metrics;
    private final MemberRecordCache recordCache;
    private final int maxFetchDepth;

    RoundMerger(Map<String, SharingFilter> filters, Deduplicator deduplicator, Ranker ranker,
                FederationMetrics metrics, MemberRecordCache recordCache, int maxFetchDepth) {
        this.filters = Map.copyOf(filters);
        this.deduplicator = deduplicator;
        this.ranker = ranker;
        this.metrics = metrics;
        this.recordCache = recordCache;
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

    Round round(ResultSet set, Executor executor, int calls) {
        Deduplicator.Round dedup = deduplicator.round();
        RecordMemo<RecordText> texts = new RecordMemo<>();
        String context = set.sharing.cacheKey();
        EarlyShares early = new EarlyShares(filters, set.sharing, shared -> prepare(dedup, texts, shared),
                shared -> cache(context, shared), executor, calls);
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

    private void cache(String context, List<MemberRecord> shared) {
        for (MemberRecord r : shared) {
            recordCache.put(new RecordKey(r.memberId(), r.localId(), context), r.record());
        }
    }

    /**
     * Folds the round into the set once all its answers are in, then publishes the set and
     * completes with it. What the merge put off (caching the records it shared itself) runs after
     * the set's dependents: a client waiting for the set must not wait for that too.
     *
     * <p>A small first round (the usual first page from each member) is merged on the thread that
     * delivered its last answer. Every search waits for that merge; handing it to the pool added a
     * pool thread's wake-up, a quarter of a millisecond on a small VM, a tenth of the merge. Larger
     * rounds, and deeper ones, which re-merge everything fetched so far, go to {@code pool}: a
     * member's I/O thread is never held for more than a few milliseconds.
     */
    CompletableFuture<ResultSet> mergeWhenIn(CompletableFuture<List<CallResult>> answers, ResultSet set,
                                             boolean firstRound, Round round, Executor pool,
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
            if (firstRound && records(results) <= INLINE_MERGE_RECORDS) {
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
        List<MemberRecord> uncached = new ArrayList<>();
        synchronized (set) {
            for (CallResult result : results) {
                MemberCursor cursor = set.cursor(result.memberId());
                if (firstRound) {
                    cursor.first(result, maxFetchDepth);
                } else {
                    cursor.deeper(result, maxFetchDepth);
                }
                share(set, result, round.early().claim(result), uncached);
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
        String context = set.sharing.cacheKey();
        return () -> {
            cache(context, uncached);
            try {
                round.dedup().finish();
            } catch (RuntimeException ignored) {
                // Only later rounds' speed depends on it.
            }
        };
    }

    /**
     * @param early    the shared form of each record, when the answer was filtered ahead of the merge
     * @param uncached where records shared here go for caching (the early preparation caches its own)
     */
    private void share(ResultSet set, CallResult result, Optional<List<SharingFilter.Filtered>> early,
                       List<MemberRecord> uncached) {
        String memberId = result.memberId();
        SharingFilter filter = filters.get(memberId);
        boolean fullAccess = set.sharing.fullAccess(memberId);
        int suppressed = 0;
        int stripped = 0;
        List<MemberRecord> records = result.records();
        for (int i = 0; i < records.size(); i++) {
            MemberRecord record = records.get(i);
            if (!set.firstSight(record)) {
                continue;
            }
            SharingFilter.Filtered filtered = early.isPresent()
                    ? early.get().get(i) : filter.apply(record.record(), fullAccess);
            if (filtered.record().isEmpty()) {
                suppressed++;
                continue;
            }
            stripped += filtered.strippedFields();
            MemberRecord shared = shared(record, filtered.record().get());
            set.addSource(shared);
            if (early.isEmpty()) {
                uncached.add(shared);
            }
        }
        metrics.shared(memberId, suppressed, stripped);
    }

    /** The member record as shared: itself when the sharing rules left its record as it was. */
    static MemberRecord shared(MemberRecord record, MarcRecord filtered) {
        return filtered == record.record() ? record : new MemberRecord(record.memberId(), record.localId(), filtered);
    }
}
