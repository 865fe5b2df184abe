package org.unigate.federation.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

class RecordFactsTest {

    private static MarcRecord record(String leader, String fixed, Field... more) {
        List<Field> fields = new java.util.ArrayList<>();
        if (fixed != null) {
            fields.add(new ControlField("008", fixed));
        }
        fields.addAll(List.of(more));
        return new MarcRecord(leader, fields);
    }

    private static final String FIXED = "850101s1985    cc            000 0 chi d";

    @Test
    void yearComesFromDateOneThenFromThePublicationStatement() {
        assertThat(RecordFacts.year(record("00000nam", FIXED))).hasValue(1985);
        assertThat(RecordFacts.year(record("00000nam", FIXED.replace("1985", "198u")))).hasValue(1980);
        DataField imprint = new DataField("264", ' ', '1', List.of(new Subfield('c', "c2003, printing 2005")));
        assertThat(RecordFacts.year(record("00000nam", FIXED.replace("1985", "uuuu"), imprint))).hasValue(2003);
        assertThat(RecordFacts.year(record("00000nam", "short"))).isEmpty();
        DataField noYear = new DataField("260", ' ', ' ', List.of(new Subfield('c', "12345")));
        assertThat(RecordFacts.year(record("", null, noYear))).isEmpty();
    }

    @Test
    void languageIsAThreeLetterCodeOrNothing() {
        assertThat(RecordFacts.language(record("00000nam", FIXED))).contains("chi");
        assertThat(RecordFacts.language(record("00000nam", FIXED.replace("chi", "|||")))).isEmpty();
        assertThat(RecordFacts.language(record("00000nam", FIXED.replace("chi", "und")))).isEmpty();
        assertThat(RecordFacts.language(record("00000nam", "too short"))).isEmpty();
    }

    @Test
    void formatFollowsTheLeader() {
        assertThat(RecordFacts.format(record("00000nam a22", FIXED))).isEqualTo("book");
        assertThat(RecordFacts.format(record("00000nas a22", FIXED))).isEqualTo("serial");
        assertThat(RecordFacts.format(record("00000njm a22", FIXED))).isEqualTo("music");
        assertThat(RecordFacts.format(record("00000nem a22", FIXED))).isEqualTo("map");
        assertThat(RecordFacts.format(record("00000ngm a22", FIXED))).isEqualTo("video");
        assertThat(RecordFacts.format(record("x", FIXED))).isEqualTo("other");
    }
}
