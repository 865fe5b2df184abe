package org.unigate.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unigate.cache.MemberRecordCache;
import org.unigate.cache.RecordKey;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.fanout.CallResult;
import org.unigate.federation.rank.Ranker;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.member.MemberRecord;

/**
 * Folds one fetch round into a result set: applies each member's sharing rules, remembers the
 * shared records for fetching by id, re-clusters with {@link StableMerge}, ranks what is new and
 * appends it after what was already committed.
 */
final class RoundMerger {

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

    void absorb(ResultSet set, List<CallResult> results, boolean firstRound) {
        synchronized (set) {
            for (CallResult result : results) {
                MemberCursor cursor = set.cursor(result.memberId());
                if (firstRound) {
                    cursor.first(result, maxFetchDepth);
                } else {
                    cursor.deeper(result, maxFetchDepth);
                }
                share(set, result);
            }
            StableMerge.Outcome merged = StableMerge.merge(set.committed(), set.sources(), deduplicator);
            if (merged.dedupFailure() != null) {
                set.addDiagnostic(Diagnostic.of(Condition.GENERAL_SYSTEM_ERROR,
                        "duplicate detection failed (" + merged.dedupFailure().getClass().getSimpleName()
                                + "); records are shown unmerged"));
            }
            List<UnionRecord> fresh = ranker.rank(merged.fresh(), set.terms, set.order);
            metrics.clustersFormed(fresh.stream().filter(r -> r.sources().size() > 1).count());
            List<UnionRecord> all = new ArrayList<>(merged.committed().size() + fresh.size());
            all.addAll(merged.committed());
            all.addAll(fresh);
            set.commit(all);
        }
    }

    private void share(ResultSet set, CallResult result) {
        String memberId = result.memberId();
        SharingFilter filter = filters.get(memberId);
        boolean fullAccess = set.sharing.fullAccess(memberId);
        String context = set.sharing.cacheKey();
        int suppressed = 0;
        int stripped = 0;
        for (MemberRecord record : result.records()) {
            if (!set.firstSight(record)) {
                continue;
            }
            SharingFilter.Filtered filtered = filter.apply(record.record(), fullAccess);
            if (filtered.record().isEmpty()) {
                suppressed++;
                continue;
            }
            stripped += filtered.strippedFields();
            MemberRecord shared = filtered.record().get() == record.record()
                    ? record : new MemberRecord(memberId, record.localId(), filtered.record().get());
            set.addSource(shared);
            recordCache.put(new RecordKey(memberId, shared.localId(), context), shared.record());
        }
        metrics.shared(memberId, suppressed, stripped);
    }
}
