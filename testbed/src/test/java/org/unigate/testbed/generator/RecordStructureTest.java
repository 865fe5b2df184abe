package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.Iso2709Writer;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/** Every generated record is well-formed MARC 21 and internally coherent. */
class RecordStructureTest {

    private static final List<GeneratedRecord> RECORDS = SampleConsortium.records();

    @Test
    void leaderLengthsAreThoseOfTheWrittenRecord() {
        MarcOutput marc4j = new MarcOutput(false);
        for (GeneratedRecord r : RECORDS) {
            MarcRecord m = r.record();
            byte[] written = Iso2709Writer.write(m);
            assertThat(m.leader()).hasSize(24).endsWith("4500").startsWith(String.format("%05d", written.length));
            assertThat(m.leader().substring(5, 12)).matches("[nc]am a22");
            assertThat(m.leader().charAt(18)).isIn('a', 'i', 'c');
            int base = Integer.parseInt(m.leader().substring(12, 17));
            assertThat(base).isEqualTo(24 + 12 * m.fields().size() + 1);
            assertThat(written[base - 1]).isEqualTo((byte) 0x1E);
            assertThat(marc4j.encode(m)).hasSize(written.length);
        }
    }

    @Test
    void controlFieldsAreCoherentWithTheDescription() {
        for (GeneratedRecord r : RECORDS) {
            MarcRecord m = r.record();
            assertThat(m.controlNumber()).isPresent();
            assertThat(m.controlField("003")).isPresent();
            assertThat(m.controlField("005").orElseThrow()).matches("\\d{14}\\.0");
            String f008 = m.controlField("008").orElseThrow();
            assertThat(f008).hasSize(40);
            String year = f008.substring(7, 11);
            String date = m.dataFields().filter(f -> f.tag().equals("260") || (f.tag().equals("264") && f.ind2() == '1'))
                    .findFirst().orElseThrow().first('c').orElseThrow();
            assertThat(date).contains(year);
            assertThat(f008.substring(35, 38)).isIn("eng", "chi", "jpn", "kor", "fre", "ger", "spa");
            assertThat(Integer.parseInt(f008.substring(0, 2)) % 100).isBetween(0, 99);
        }
    }

    @Test
    void fieldsAreInTagOrderWithValidTagsAndIndicators() {
        List<String> faults = new ArrayList<>();
        for (GeneratedRecord r : RECORDS) {
            List<String> tags = r.record().fields().stream().map(Field::tag).toList();
            if (!tags.equals(tags.stream().sorted().toList()) || !tags.containsAll(List.of("001", "008", "040", "245", "852"))) {
                faults.add(r.workId() + "@" + r.member() + " tags " + tags);
            }
            r.record().dataFields().forEach(f -> {
                boolean indicators = indicator(f.ind1()) && indicator(f.ind2()) && f.tag().matches("\\d{3}");
                if (!indicators || f.subfields().isEmpty() || f.subfields().stream().anyMatch(s -> s.value().isBlank())) {
                    faults.add(r.workId() + "@" + r.member() + " " + f);
                }
            });
        }
        assertThat(faults).isEmpty();
    }

    private static boolean indicator(char c) {
        return c == ' ' || (c >= '0' && c <= '9');
    }

    @Test
    void titleIndicatorsSkipInitialArticlesAndFollowTheMainEntry() {
        for (GeneratedRecord r : RECORDS) {
            MarcRecord m = r.record();
            DataField title = m.firstDataField("245").orElseThrow();
            String a = title.first('a').orElseThrow();
            int skip = title.ind2() - '0';
            assertThat(a.substring(skip)).as(a).matches("^\\p{L}.*");
            if (skip > 0) {
                assertThat(a.substring(0, skip)).matches("(The|An?|L[ae]s?|L'|Der|Die|Das|Eine?|El|Los|Las|Una?) ?");
            }
            boolean mainEntry = m.firstDataField("100").isPresent() || m.firstDataField("110").isPresent();
            assertThat(title.ind1()).isEqualTo(mainEntry ? '1' : '0');
        }
    }

    @Test
    void everyIsbnHasAValidCheckDigit() {
        long checked = RECORDS.stream().flatMap(r -> r.record().values("020", 'a').stream())
                .peek(v -> assertThat(Isbn.isValid(v.split(" ")[0])).as(v).isTrue()).count();
        assertThat(checked).isGreaterThan(RECORDS.size() / 2);
    }

    @Test
    void holdingsCarryTheMembersOwnCodesAndUniqueBarcodes() {
        Map<Integer, List<String>> barcodes = RECORDS.stream().collect(Collectors.groupingBy(GeneratedRecord::member,
                Collectors.flatMapping(r -> r.record().values("852", 'p').stream(), Collectors.toList())));
        barcodes.forEach((member, codes) -> assertThat(codes).doesNotHaveDuplicates()
                .allSatisfy(b -> assertThat(b).startsWith(MemberProfiles.of(member).barcodePrefix())));
        for (GeneratedRecord r : RECORDS) {
            String code = MemberProfiles.of(r.member()).code();
            assertThat(r.record().values("852", 'a')).isNotEmpty().containsOnly(code);
            assertThat(r.record().controlField("003")).contains(code);
        }
    }

    @Test
    void membersWithoutIsbdPunctuationSayItInTheLeader() {
        for (GeneratedRecord r : RECORDS) {
            MarcRecord m = r.record();
            boolean isbd = MemberProfiles.of(r.member()).isbd();
            assertThat(m.leader().charAt(18) == 'c').isEqualTo(!isbd);
            if (!isbd) {
                assertThat(m.firstDataField("245").orElseThrow().subfields()).map(Subfield::value)
                        .noneMatch(v -> v.endsWith(" /") || v.endsWith(" :"));
            }
        }
    }
}
