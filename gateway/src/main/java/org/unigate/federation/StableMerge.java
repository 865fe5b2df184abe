package org.unigate.federation;

import org.unigate.union.UnionRecord;
import org.unigate.union.HeldBy;
import org.unigate.union.Deduplicator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unigate.member.MemberRecord;

/**
 * Re-clusters everything fetched so far without moving what a client may already have seen.
 * Each union record already in the result keeps its position and takes the refreshed cluster
 * that now holds its first source (so a copy found deeper in another member joins it); clusters
 * holding only new records are returned as fresh, to be ranked and appended. A deduplicator that
 * fails leaves every record on its own rather than losing any.
 */
final class StableMerge {

    record Outcome(List<UnionRecord> committed, List<UnionRecord> fresh, RuntimeException dedupFailure) {
    }

    /** A member record's identity in a result set: its member and local id (no string built per lookup). */
    record SourceKey(String memberId, String localId) {
    }

    private StableMerge() {
    }

    static Outcome merge(List<UnionRecord> committed, List<MemberRecord> sources, Deduplicator.Round dedup) {
        List<UnionRecord> clusters;
        RuntimeException failure = null;
        try {
            clusters = dedup.merge(sources);
        } catch (RuntimeException e) {
            failure = e;
            clusters = singletons(sources);
        }
        Map<SourceKey, Integer> position = new HashMap<>();
        for (int i = 0; i < committed.size(); i++) {
            for (MemberRecord source : committed.get(i).sources()) {
                position.putIfAbsent(key(source), i);
            }
        }
        List<UnionRecord> kept = new ArrayList<>(committed);
        boolean[] refreshed = new boolean[committed.size()];
        List<UnionRecord> fresh = new ArrayList<>();
        for (UnionRecord cluster : clusters) {
            int first = Integer.MAX_VALUE; // the earliest committed place of the cluster's sources
            boolean hasNew = false;
            for (MemberRecord source : cluster.sources()) {
                Integer at = position.get(key(source));
                if (at == null) {
                    hasNew = true;
                } else {
                    first = Math.min(first, at);
                }
            }
            if (first == Integer.MAX_VALUE) {
                fresh.add(cluster);
            } else if (!refreshed[first]) {
                int at = first;
                refreshed[at] = true;
                kept.set(at, cluster.withScore(committed.get(at).score()));
            } else if (hasNew) {
                // The deduplicator split what it once joined: show the new records rather than drop them.
                fresh.add(cluster);
            }
        }
        return new Outcome(kept, fresh, failure);
    }

    static SourceKey key(MemberRecord record) {
        return new SourceKey(record.memberId(), record.localId());
    }

    static List<UnionRecord> singletons(List<MemberRecord> sources) {
        List<UnionRecord> out = new ArrayList<>(sources.size());
        for (MemberRecord r : sources) {
            out.add(new UnionRecord(r.memberId() + ":" + r.localId(), r.record(),
                    List.of(new HeldBy(r.memberId(), r.localId(), List.of())), List.of(r), 0));
        }
        return out;
    }
}
