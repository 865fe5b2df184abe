package org.unigate.oai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.union.UnionRecord;
import org.unigate.feed.FeedEntry;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.member.Sharing;

class MemberFeedTest {

    private static final Instant T = Instant.parse("2024-06-01T00:00:00Z");

    private final ListFeed<MarcRecord> catalogue = new ListFeed<MarcRecord>()
            .put("1", T, withLocal(TestRepository.record("1", "Shared openly"), "n"))
            .put("2", T.plusSeconds(1), withLocal(TestRepository.record("2", "Kept in house"), "y"));

    @Test
    void memberRecordsGoOutAsHeldWhenTheMemberSharesEverything() throws Exception {
        List<FeedEntry<UnionRecord>> listed = new MemberFeed("alpha", catalogue, Sharing.WHOLE).changes(null, null, null, 10);

        assertThat(listed).extracting(FeedEntry::deleted).containsExactly(false, false);
        assertThat(listed.get(0).value().record().dataFields().map(DataField::tag)).contains("999");
        assertThat(listed.get(0).value().heldBy()).singleElement()
                .satisfies(h -> assertThat(h.memberId()).isEqualTo("alpha"))
                .satisfies(h -> assertThat(h.localId()).isEqualTo("1"));
    }

    @Test
    void localFieldsAreStrippedAndSuppressedRecordsListedAsDeleted() throws Exception {
        Sharing rules = new Sharing(Sharing.Mode.NO_LOCAL_FIELDS, List.of(), List.of("999$s=y"));
        MemberFeed feed = new MemberFeed("alpha", catalogue, rules);

        List<FeedEntry<UnionRecord>> listed = feed.changes(null, null, null, 10);

        assertThat(listed).extracting(FeedEntry::id).containsExactly("1", "2");
        assertThat(listed.get(0).deleted()).isFalse();
        assertThat(listed.get(0).value().record().dataFields().map(DataField::tag)).doesNotContain("999");
        assertThat(listed.get(1).deleted()).as("suppressed record").isTrue();
        assertThat(feed.entry("2")).hasValueSatisfying(e -> assertThat(e.deleted()).isTrue());
        assertThat(feed.count(null, null)).as("suppressed records still count, as deleted entries").isEqualTo(2);
    }

    private static MarcRecord withLocal(MarcRecord record, String suppressed) {
        List<Field> fields = new ArrayList<>(record.fields());
        fields.add(new DataField("999", ' ', ' ', List.of(new Subfield('s', suppressed))));
        return record.withFields(fields);
    }
}
