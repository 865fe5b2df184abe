package org.unigate.federation.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;

/**
 * Every record the members hold right now, as the public may see it (each member's sharing
 * rules applied, suppressed records left out), with a digest of each. Read page by page; a feed
 * that changes during the read is taken at its latest: a record updated meanwhile appears again
 * further on and replaces its earlier sighting, one deleted meanwhile is dropped.
 */
record MemberSnapshot(List<MemberRecord> records, Map<CopyKey, byte[]> digests) {

    static final int PAGE = 500;

    static MemberSnapshot read(List<CatalogueMember> members, Map<String, SharingFilter> filters) throws IOException {
        Map<CopyKey, MemberRecord> held = new LinkedHashMap<>();
        for (CatalogueMember member : members) {
            readMember(member, filters.get(member.id()), held);
        }
        Map<CopyKey, byte[]> digests = new LinkedHashMap<>(held.size() * 2);
        for (Map.Entry<CopyKey, MemberRecord> e : held.entrySet()) {
            digests.put(e.getKey(), ContentDigest.of(e.getValue().record()));
        }
        return new MemberSnapshot(new ArrayList<>(held.values()), digests);
    }

    private static void readMember(CatalogueMember member, SharingFilter filter, Map<CopyKey, MemberRecord> held)
            throws IOException {
        FeedPosition after = null;
        while (true) {
            List<FeedEntry<MarcRecord>> page = member.feed().changes(null, null, after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            for (FeedEntry<MarcRecord> entry : page) {
                CopyKey key = new CopyKey(member.id(), entry.id());
                held.remove(key);
                if (!entry.deleted()) {
                    filter.apply(entry.value(), false).record()
                            .ifPresent(r -> held.put(key, new MemberRecord(member.id(), entry.id(), r)));
                }
            }
            FeedPosition last = page.get(page.size() - 1).position();
            if (after != null && last.compareTo(after) <= 0) {
                throw new IOException("member " + member.id() + "'s feed did not move past " + after);
            }
            after = last;
        }
    }
}
