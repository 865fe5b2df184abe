package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Iso2709WriterTest {

    private static final ControlField FIXED = new ControlField("008", "060112s2006    enk           000 0 eng d");

    @Test
    void everyCorpusRecordRoundTripsThroughIso2709() {
        int count = 0;
        for (Path file : CorpusRecords.mainFiles()) {
            for (MarcRecord record : CorpusRecords.read(file)) {
                MarcRecord back = MarcDecoder.decode(Iso2709Writer.write(record));
                assertThat(back.fields()).as(file.getFileName() + " " + record.controlNumber()).isEqualTo(record.fields());
                assertThat(back.leader().substring(5, 9) + back.leader().substring(17, 20))
                        .isEqualTo(record.leader().substring(5, 9) + record.leader().substring(17, 20));
                assertThat(back.problems()).allMatch(p -> record.problems().stream()
                        .anyMatch(q -> q.kind() == p.kind() && q.message().equals(p.message())));
                count++;
            }
        }
        assertThat(count).isEqualTo(8722);
    }

    @Test
    void lengthsBaseAddressAndFixedLeaderPositionsAreComputed() {
        MarcRecord record = new MarcRecord("99999nam  0000000 i 9999", List.of(
                new ControlField("001", "x1"), FIXED,
                new DataField("245", '1', '0', List.of(new Subfield('a', "日本語の本 /"), new Subfield('c', "著者.")))));
        byte[] bytes = Iso2709Writer.write(record);
        String leader = new String(bytes, 0, 24, StandardCharsets.US_ASCII);
        assertThat(leader).isEqualTo(String.format("%05dnam a22%05d i 4500", bytes.length, 24 + 3 * 12 + 1));
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0x1D);
        assertThat(MarcDecoder.decode(bytes).problems()).isEmpty();
    }

    @Test
    void aFieldOverTheFourDigitLimitIsSplitIntoRepeatedFields() {
        List<Subfield> contents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            contents.add(new Subfield('t', "Chapter " + i + " of a very long contents note that goes on --"));
        }
        MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", List.of(
                new ControlField("001", "long"), FIXED, new DataField("505", '0', '0', contents)));

        Iso2709Writer.Encoded encoded = Iso2709Writer.encode(record);
        MarcRecord back = MarcDecoder.decode(encoded.bytes());

        assertThat(back.problems()).isEmpty();
        assertThat(back.dataFields("505")).hasSizeGreaterThan(1)
                .allSatisfy(f -> assertThat(f.ind1()).isEqualTo('0'));
        assertThat(back.dataFields("505").stream().flatMap(f -> f.subfields().stream()).toList()).isEqualTo(contents);
        assertThat(encoded.problems()).extracting(RecordProblem::kind).containsExactly(RecordProblem.Kind.LENGTH);
    }

    @Test
    void anOversizedSubfieldIsCutOnACharacterBoundary() {
        String huge = "漢".repeat(5000); // 15,000 bytes of UTF-8
        MarcRecord record = new MarcRecord("00000nam a2200000 a 4500",
                List.of(FIXED, new DataField("520", ' ', ' ', List.of(new Subfield('a', huge)))));
        MarcRecord back = MarcDecoder.decode(Iso2709Writer.write(record));
        assertThat(back.problems()).isEmpty();
        assertThat(String.join("", back.values("520", 'a'))).isEqualTo(huge);
    }

    @Test
    void aRecordOverTheFiveDigitLimitLosesTrailingFieldsAndSaysSo() {
        List<Field> fields = new ArrayList<>();
        fields.add(new ControlField("001", "big"));
        fields.add(FIXED);
        for (int i = 0; i < 30; i++) {
            fields.add(new DataField("500", ' ', ' ', List.of(new Subfield('a', "n".repeat(5000)))));
        }
        Iso2709Writer.Encoded encoded = Iso2709Writer.encode(new MarcRecord("00000nam a2200000 a 4500", fields));
        assertThat(encoded.bytes().length).isLessThanOrEqualTo(99_999);
        assertThat(encoded.problems()).singleElement().extracting(RecordProblem::message).asString().contains("left out");
        MarcRecord back = MarcDecoder.decode(encoded.bytes());
        assertThat(back.problems()).isEmpty();
        assertThat(back.fields().size()).isBetween(3, fields.size() - 1);
        assertThat(back.fields()).isEqualTo(fields.subList(0, back.fields().size()));
    }
}
