package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.marc.RecordProblem;

class BestRecordChooserTest {

    @Test
    void fullnessCountsFieldsSubfieldsVernacularNotesAndSubjects() {
        var base = TestRecords.book("2000").field("245", "10", "a", "Title", "b", "sub");
        assertThat(BestRecordChooser.fullness(base.build())).isEqualTo(1 + 2);
        assertThat(BestRecordChooser.fullness(TestRecords.book("2000").field("245", "10", "a", "Title", "b", "sub")
                .field("500", "  ", "a", "Note").build())).isEqualTo(3 + 2 + 2);
        assertThat(BestRecordChooser.fullness(TestRecords.book("2000").field("245", "10", "a", "Title", "b", "sub")
                .field("650", " 0", "a", "Topic").build())).isEqualTo(3 + 2 + 3);
        assertThat(BestRecordChooser.fullness(TestRecords.book("2000").field("245", "10", "a", "Title", "b", "sub")
                .field("880", "10", "6", "245-00", "a", "題名").build())).isEqualTo(3 + 3 + 10);
    }

    @Test
    void recordsWithReadingProblemsLosePoints() {
        var clean = TestRecords.book("2000").field("245", "10", "a", "Title").build();
        var damaged = clean.withProblems(List.of(new RecordProblem(RecordProblem.Kind.ENCODING, null, "test damage")));
        assertThat(BestRecordChooser.fullness(damaged)).isEqualTo(BestRecordChooser.fullness(clean) - 5);
    }

    @Test
    void tieGoesToTheEarliestRecord() {
        var a = TestRecords.book("2000").field("245", "10", "a", "Title").from("m1", "1");
        var b = TestRecords.book("2000").field("245", "10", "a", "Title").from("m2", "2");
        assertThat(new BestRecordChooser(List.of()).choose(List.of(a, b))).isZero();
        assertThat(new BestRecordChooser(List.of("m2")).choose(List.of(a, b))).isEqualTo(1);
    }

    @Test
    void emptyClusterIsRefused() {
        assertThatThrownBy(() -> new BestRecordChooser(List.of()).choose(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
