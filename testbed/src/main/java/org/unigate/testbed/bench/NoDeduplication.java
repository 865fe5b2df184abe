package org.unigate.testbed.bench;

import java.util.ArrayList;
import java.util.List;
import org.unigate.union.Deduplicator;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.member.MemberRecord;

/**
 * A baseline that merges nothing: every member record is its own union record. Benchmarking with
 * it separates the engine's own cost from the deduplicator's.
 */
final class NoDeduplication implements Deduplicator {

    @Override
    public List<UnionRecord> merge(List<MemberRecord> records) {
        List<UnionRecord> out = new ArrayList<>(records.size());
        for (MemberRecord r : records) {
            out.add(new UnionRecord(r.memberId() + ":" + r.localId(), r.record(),
                    List.of(new HeldBy(r.memberId(), r.localId(), List.of())), List.of(r), 0));
        }
        return out;
    }
}
