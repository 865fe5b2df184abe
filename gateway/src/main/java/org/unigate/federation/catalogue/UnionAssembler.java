package org.unigate.federation.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unigate.feed.FeedEntry;
import org.unigate.union.Deduplicator;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;

/**
 * Rebuilds a union record on demand from the copies its entry names, read afresh from the member
 * feeds with the public's sharing rules: the catalogue stores ids, never records, so what it
 * serves is always the members' current text. The deduplicator picks the description and the
 * holdings exactly as it does for a search.
 */
final class UnionAssembler {

    private final Map<String, CatalogueMember> members;
    private final Map<String, Integer> memberOrder;
    private final Map<String, SharingFilter> filters;
    private final Deduplicator deduplicator;

    UnionAssembler(List<CatalogueMember> members, Map<String, SharingFilter> filters, Deduplicator deduplicator) {
        this.members = new HashMap<>();
        this.memberOrder = new HashMap<>();
        for (CatalogueMember m : members) {
            this.members.put(m.id(), m);
            this.memberOrder.put(m.id(), memberOrder.size());
        }
        this.filters = Map.copyOf(filters);
        this.deduplicator = deduplicator;
    }

    /**
     * The union record for a live entry; empty when no copy it names is there any more (a member
     * changed since the last refresh, which the next refresh turns into a tombstone).
     */
    Optional<UnionRecord> assemble(UnionEntry entry) throws IOException {
        List<MemberRecord> sources = currentCopies(entry);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        List<UnionRecord> merged = deduplicator.merge(sources);
        // A cluster the whole catalogue formed could, on its own, come apart (a record that linked
        // it left since); it is still one entry until the next refresh, described by its largest part.
        UnionRecord largest = merged.stream().max(Comparator.comparingInt(u -> u.sources().size())).orElseThrow();
        Map<CopyKey, HeldBy> heldBy = new HashMap<>();
        for (UnionRecord part : merged) {
            for (HeldBy h : part.heldBy()) {
                heldBy.put(new CopyKey(h.memberId(), h.localId()), h);
            }
        }
        List<HeldBy> ordered = sources.stream()
                .map(s -> heldBy.getOrDefault(new CopyKey(s.memberId(), s.localId()),
                        new HeldBy(s.memberId(), s.localId(), List.of())))
                .toList();
        return Optional.of(new UnionRecord(entry.unionId(), largest.record(), ordered, sources, 0.0));
    }

    /** The entry's copies that are still held and shared, in the members' configured order. */
    private List<MemberRecord> currentCopies(UnionEntry entry) throws IOException {
        List<CopyKey> copies = new ArrayList<>(entry.copies());
        copies.sort(Comparator.<CopyKey>comparingInt(c -> memberOrder.getOrDefault(c.memberId(), Integer.MAX_VALUE))
                .thenComparing(CopyKey::localId));
        List<MemberRecord> sources = new ArrayList<>(copies.size());
        for (CopyKey copy : copies) {
            CatalogueMember member = members.get(copy.memberId());
            if (member == null) {
                continue;
            }
            Optional<FeedEntry<MarcRecord>> held = member.feed().entry(copy.localId());
            if (held.isEmpty() || held.get().deleted()) {
                continue;
            }
            filters.get(member.id()).apply(held.get().value(), false).record()
                    .ifPresent(r -> sources.add(new MemberRecord(member.id(), copy.localId(), r)));
        }
        return sources;
    }
}
