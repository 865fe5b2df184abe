package org.unigate.federation;

import org.unigate.union.UnionRecord;
import org.unigate.union.HeldBy;
import org.unigate.union.Deduplicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unigate.member.MemberRecord;

/** A deduplicator for tests: records with the same 245$a (ignoring case) are the same work. */
final class TitleDeduplicator implements Deduplicator {

    @Override
    public List<UnionRecord> merge(List<MemberRecord> records) {
        Map<String, List<MemberRecord>> clusters = new LinkedHashMap<>();
        for (MemberRecord r : records) {
            String title = r.record().values("245", 'a').stream().findFirst().orElse("#" + r.memberId() + r.localId());
            clusters.computeIfAbsent(title.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(r);
        }
        List<UnionRecord> out = new ArrayList<>();
        for (List<MemberRecord> sources : clusters.values()) {
            String id = sources.stream().map(s -> s.memberId() + ":" + s.localId()).sorted().findFirst().orElseThrow();
            out.add(new UnionRecord(id, sources.get(0).record(),
                    sources.stream().map(s -> new HeldBy(s.memberId(), s.localId(), List.of())).toList(), sources, 0));
        }
        return out;
    }
}
