package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorDeterminismTest {

    private static List<GeneratedRecord> member(long seed, int member) {
        return new ConsortiumGenerator(new GeneratorSettings(seed, 600, 8)).member(member).toList();
    }

    @Test
    void sameSeedGivesIdenticalRecords() {
        for (int m : new int[] {1, 3, 8}) {
            assertThat(member(42, m)).isNotEmpty().isEqualTo(member(42, m));
        }
    }

    @Test
    void anotherSeedGivesAnotherConsortium() {
        List<String> titles42 = member(42, 1).stream().map(r -> SampleConsortium.bare(r.record(), "245", 'a')).toList();
        List<String> titles43 = member(43, 1).stream().map(r -> SampleConsortium.bare(r.record(), "245", 'a')).toList();
        assertThat(titles42).isNotEqualTo(titles43);
    }

    @Test
    void aWorkIsTheSameWhateverTheSizeOfTheConsortium() {
        ConsortiumGenerator small = new ConsortiumGenerator(new GeneratorSettings(42, 100, 8));
        ConsortiumGenerator large = new ConsortiumGenerator(new GeneratorSettings(42, 5000, 8));
        for (int i = 0; i < 100; i += 7) {
            assertThat(large.work(i)).isEqualTo(small.work(i));
            assertThat(large.holders(i)).isEqualTo(small.holders(i));
        }
    }

    @Test
    void randomAccessGivesTheRecordTheMemberStreamGives() {
        ConsortiumGenerator g = new ConsortiumGenerator(new GeneratorSettings(42, 300, 8));
        for (GeneratedRecord r : g.member(5).toList()) {
            int index = Integer.parseInt(r.workId().substring(1));
            assertThat(g.record(5, index)).contains(r);
        }
    }

    @Test
    void theAllMembersStreamIsTheUnionOfTheMemberStreams() {
        ConsortiumGenerator g = new ConsortiumGenerator(new GeneratorSettings(42, 300, 8));
        List<GeneratedRecord> all = g.records().toList();
        for (int m = 1; m <= 8; m++) {
            int member = m;
            assertThat(all.stream().filter(r -> r.member() == member).toList()).isEqualTo(g.member(m).toList());
        }
    }

    @Test
    void rejectsMembersAndSettingsOutOfRange() {
        ConsortiumGenerator g = new ConsortiumGenerator(new GeneratorSettings(1, 10, 8));
        assertThatThrownBy(() -> g.member(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("member");
        assertThatThrownBy(() -> g.member(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSettings(1, -1, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorSettings(1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consortiaLargerThanEightRepeatProfilesWithTheirOwnCodes() {
        ConsortiumGenerator g = new ConsortiumGenerator(new GeneratorSettings(42, 200, 12));
        assertThat(g.profile(9).code()).isEqualTo("HBU2");
        assertThat(g.member(12).toList()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.record().controlField("003")).contains("SCU2"));
    }
}
