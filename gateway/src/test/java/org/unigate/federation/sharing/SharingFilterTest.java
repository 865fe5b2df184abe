package org.unigate.federation.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.member.Sharing;

class SharingFilterTest {

    private static DataField field(String tag, char code, String value) {
        return new DataField(tag, ' ', ' ', List.of(new Subfield(code, value)));
    }

    private static DataField linked(String link, String value) {
        return new DataField("880", ' ', ' ', List.of(new Subfield('6', link), new Subfield('a', value)));
    }

    private final MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", List.of(
            new ControlField("001", "r1"),
            field("245", 'a', "Dream"),
            linked("245-01/$1", "紅樓夢"),
            field("590", 'a', "Gift of the class of 1950"),
            field("949", 'a', "Staff room"),
            linked("949-02/$1", "職員室"),
            field("999", 's', "Suppressed ")));

    private static List<String> tags(MarcRecord r) {
        return r.fields().stream().map(Field::tag).toList();
    }

    @Test
    void wholeSharingPassesRecordsUntouched() {
        SharingFilter.Filtered out = new SharingFilter(Sharing.WHOLE).apply(record, false);
        assertThat(out.record()).containsSame(record);
        assertThat(out.strippedFields()).isZero();
    }

    @Test
    void noLocalFieldsStripsNineXxAndTheirVernacularButNothingElse() {
        SharingFilter filter = new SharingFilter(new Sharing(Sharing.Mode.NO_LOCAL_FIELDS, List.of(), List.of()));
        SharingFilter.Filtered out = filter.apply(record, false);
        assertThat(tags(out.record().orElseThrow())).containsExactly("001", "245", "880", "590");
        assertThat(out.record().orElseThrow().dataFields("880").get(0).first('a')).contains("紅樓夢");
        assertThat(out.strippedFields()).isEqualTo(3);
    }

    @Test
    void extraStripTagsMayUseWildcards() {
        SharingFilter filter = new SharingFilter(new Sharing(Sharing.Mode.WHOLE, List.of("59x"), List.of()));
        assertThat(tags(filter.apply(record, false).record().orElseThrow())).doesNotContain("590").contains("949");
    }

    @Test
    void suppressedRecordsNeverLeaveWhateverTheAccess() {
        SharingFilter filter = new SharingFilter(new Sharing(Sharing.Mode.NO_LOCAL_FIELDS, List.of(), List.of("999$s=suppressed")));
        assertThat(filter.apply(record, false).record()).isEmpty();
        assertThat(filter.apply(record, true).record()).isEmpty();
        MarcRecord other = record.withFields(record.fields().subList(0, 2));
        assertThat(filter.apply(other, false).record()).isPresent();
    }

    @Test
    void aMembersOwnStaffSeeItsLocalFields() {
        SharingFilter filter = new SharingFilter(new Sharing(Sharing.Mode.NO_LOCAL_FIELDS, List.of(), List.of()));
        assertThat(filter.apply(record, true).record()).containsSame(record);
    }

    @Test
    void suppressionRulesReadControlFieldsAndAnySubfield() {
        assertThat(SuppressionRule.parse("001=R1").matches(record)).isTrue();
        assertThat(SuppressionRule.parse("949=staff room").matches(record)).isTrue();
        assertThat(SuppressionRule.parse("949$b=staff room").matches(record)).isFalse();
        assertThat(SuppressionRule.parse("999$s=y").matches(record)).isFalse();
    }

    @Test
    void unreadableRulesAreRejected() {
        for (String bad : new String[] {"999", "999$s", "99$s=y", "999$s=", "", "999$ss=y"}) {
            assertThatThrownBy(() -> SuppressionRule.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
