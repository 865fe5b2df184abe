package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unigate.embedded.RecordSource;
import org.unigate.embedded.RecordSources;
import org.unigate.marc.MarcRecord;

/** Embedded members load generated catalogues through the {@code generated:} record source. */
class GeneratedRecordSourceTest {

    private static final String BASE = "generated:demo?seed=5&works=400&members=8";

    private static List<MarcRecord> open(String location) throws IOException {
        try (Stream<MarcRecord> s = new GeneratedRecordSource().open(location)) {
            return s.toList();
        }
    }

    private static List<MarcRecord> generated(int member) {
        return new ConsortiumGenerator(new GeneratorSettings(5, 400, 8)).member(member).map(GeneratedRecord::record).toList();
    }

    @Test
    void isFoundThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(RecordSource.class).stream().map(ServiceLoader.Provider::type))
                .contains(GeneratedRecordSource.class);
    }

    @Test
    void claimsOnlyGeneratedLocations() {
        RecordSource source = new GeneratedRecordSource();
        assertThat(source.handles(BASE + "&member=1")).isTrue();
        assertThat(source.handles("/data/member1.mrc")).isFalse();
        assertThat(source.handles(null)).isFalse();
    }

    @Test
    void streamsTheMembersRecordsInEveryEncoding() throws IOException {
        List<MarcRecord> expected = generated(3);
        assertThat(open(BASE + "&member=3")).isEqualTo(expected);
        for (String encoding : List.of("utf8", "marc8")) {
            List<MarcRecord> read = open(BASE + "&member=3&encoding=" + encoding);
            assertThat(read).hasSameSizeAs(expected);
            for (int i = 0; i < read.size(); i++) {
                assertThat(read.get(i).fields().stream().filter(f -> !f.tag().equals("066")).toList())
                        .isEqualTo(expected.get(i).fields());
            }
        }
    }

    @Test
    void loadsThroughTheEmbeddedRecordSources() throws IOException {
        try (Stream<MarcRecord> s = RecordSources.discover().open(BASE + "&member=8&encoding=marc8")) {
            assertThat(s.count()).isEqualTo(generated(8).size());
        }
    }

    @Test
    void parsesLocationsWithDemoDefaults() {
        GeneratedLocation loc = GeneratedLocation.parse("generated:demo?member=2");
        assertThat(loc.settings()).isEqualTo(GeneratorSettings.demo());
        assertThat(loc.member()).isEqualTo(2);
        assertThat(loc.encoding()).isEqualTo(GeneratedLocation.Encoding.RECORDS);
        GeneratedLocation full = GeneratedLocation.parse("generated:demo?seed=-3&works=10&members=4&member=4&encoding=MARC-8");
        assertThat(full.settings()).isEqualTo(new GeneratorSettings(-3, 10, 4));
        assertThat(full.encoding()).isEqualTo(GeneratedLocation.Encoding.MARC8);
    }

    @Test
    void consortiumLocationsRoundTripAndUseMarc8ForMarc8Members() {
        List<GeneratedLocation> all = GeneratedLocation.forConsortium(GeneratorSettings.demo());
        assertThat(all).hasSize(8);
        for (GeneratedLocation loc : all) {
            assertThat(GeneratedLocation.parse(loc.location())).isEqualTo(loc);
            assertThat(loc.encoding() == GeneratedLocation.Encoding.MARC8).isEqualTo(loc.member() == 3 || loc.member() == 6);
        }
    }

    @Test
    void badLocationsFailWithAClearMessage() {
        GeneratedRecordSource source = new GeneratedRecordSource();
        assertThatThrownBy(() -> source.open("generated:demo")).isInstanceOf(IOException.class).hasMessageContaining("member");
        assertThatThrownBy(() -> source.open("generated:other?member=1")).hasMessageContaining("unknown generated consortium");
        assertThatThrownBy(() -> source.open(BASE + "&member=9")).hasMessageContaining("member must be between 1 and 8");
        assertThatThrownBy(() -> source.open(BASE + "&member=1&colour=red")).hasMessageContaining("unknown generated: parameter");
        assertThatThrownBy(() -> source.open(BASE + "&member=1&member=2")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> source.open(BASE + "&member=x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> source.open(BASE + "&member=1&encoding=ebcdic")).hasMessageContaining("encoding");
        assertThatThrownBy(() -> source.open("generated:demo?member=1&works=99999999999")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> source.open("generated:demo?member=1&works=" + "9".repeat(600))).hasMessageContaining("longer");
    }
}
