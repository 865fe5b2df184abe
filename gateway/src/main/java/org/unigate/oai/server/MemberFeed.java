package org.unigate.oai.server;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.feed.ChangeFeed;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;
import org.unigate.member.Sharing;

/**
 * A member's own catalogue seen as union records of one holder each, so every metadata format
 * (the {@code unigate} one with its held-by list included) writes member and union records alike.
 * The member's sharing rules apply as for any public client: stripped fields never leave, and a
 * suppressed record is listed as deleted, so harvesters that took it earlier drop it.
 */
public final class MemberFeed implements ChangeFeed<UnionRecord> {

    /** Location (852) and electronic access (856): what a holder's record says about its copies. */
    private static final Set<String> HOLDINGS = Set.of("852", "856");

    private final String memberId;
    private final ChangeFeed<MarcRecord> records;
    private final SharingFilter sharing;

    public MemberFeed(String memberId, ChangeFeed<MarcRecord> records, Sharing sharing) {
        this.memberId = memberId;
        this.records = records;
        this.sharing = new SharingFilter(sharing);
    }

    public MemberFeed(String memberId, ChangeFeed<MarcRecord> records) {
        this(memberId, records, Sharing.WHOLE);
    }

    @Override
    public List<FeedEntry<UnionRecord>> changes(Instant from, Instant until, FeedPosition after, int limit)
            throws IOException {
        return records.changes(from, until, after, limit).stream().map(this::asUnion).toList();
    }

    @Override
    public long count(Instant from, Instant until) throws IOException {
        return records.count(from, until);
    }

    @Override
    public Optional<FeedEntry<UnionRecord>> entry(String id) throws IOException {
        return records.entry(id).map(this::asUnion);
    }

    @Override
    public Optional<Instant> earliestDatestamp() throws IOException {
        return records.earliestDatestamp();
    }

    private FeedEntry<UnionRecord> asUnion(FeedEntry<MarcRecord> e) {
        Optional<MarcRecord> shared = e.deleted() ? Optional.empty() : sharing.apply(e.value(), false).record();
        return new FeedEntry<>(e.id(), e.datestamp(), shared.isEmpty(), shared.map(r -> asUnion(e.id(), r)).orElse(null));
    }

    UnionRecord asUnion(String localId, MarcRecord record) {
        List<DataField> holdings = record.dataFields().filter(f -> HOLDINGS.contains(f.tag())).toList();
        return new UnionRecord(memberId + ":" + localId, record, List.of(new HeldBy(memberId, localId, holdings)),
                List.of(new MemberRecord(memberId, localId, record)), 0);
    }
}
