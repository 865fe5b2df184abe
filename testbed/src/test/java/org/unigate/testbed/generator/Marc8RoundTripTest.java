package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.MarcStreamReader;
import org.marc4j.converter.impl.AnselToUnicode;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/** Members' files written as MARC-8 come back as the very records that were generated. */
class Marc8RoundTripTest {

    private static final ConsortiumGenerator G = new ConsortiumGenerator(new GeneratorSettings(11, 400, 8));

    /** The fields a reader should recover: MARC-8 files add 066 to announce the CJK character set. */
    private static List<Field> content(MarcRecord r) {
        return r.fields().stream().filter(f -> !f.tag().equals("066")).toList();
    }

    /** Leader without lengths and encoding flag, which differ between UTF-8 and MARC-8. */
    private static String leaderShape(String leader) {
        return leader.substring(5, 9) + leader.substring(10, 12) + leader.substring(17);
    }

    @Test
    void marc8ReadBackWithMarc4jEqualsTheUnicodeRecord() throws IOException {
        for (int member : new int[] {3, 6}) {
            List<MarcRecord> original = G.member(member).map(GeneratedRecord::record).toList();
            byte[] bytes;
            try (InputStream in = G.memberBytes(member, true)) {
                bytes = in.readAllBytes();
            }
            List<MarcRecord> back = readWithMarc4j(bytes);
            assertThat(back).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                assertThat(back.get(i).leader().charAt(9)).isEqualTo(' ');
                assertThat(leaderShape(back.get(i).leader())).isEqualTo(leaderShape(original.get(i).leader()));
                assertThat(content(back.get(i))).isEqualTo(original.get(i).fields());
            }
        }
    }

    @Test
    void marc8FilesAreReallyMarc8WithCharacterSetEscapes() throws IOException {
        byte[] bytes;
        try (InputStream in = G.memberBytes(3, true)) {
            bytes = in.readAllBytes();
        }
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(latin1.contains("\u001B$1")).as("escape to the CJK (EACC) set").isTrue();
        assertThat(latin1.contains("  \u001Fc$1\u001E")).as("066 announcing it").isTrue();
        // ANSEL diacritics precede their letter as bytes 0xE0-0xFE: never valid UTF-8.
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)))
                .isInstanceOf(java.nio.charset.CharacterCodingException.class);
    }

    @Test
    void marc8AndUtf8ReadBackThroughMarcFilesEqualTheGeneratedRecords() throws IOException {
        List<MarcRecord> original = G.member(6).map(GeneratedRecord::record).toList();
        for (boolean marc8 : new boolean[] {false, true}) {
            List<MarcRecord> back;
            try (InputStream in = G.memberBytes(6, marc8); Stream<MarcRecord> s = MarcFiles.stream(in)) {
                back = s.toList();
            }
            assertThat(back).hasSameSizeAs(original);
            for (int i = 0; i < original.size(); i++) {
                assertThat(back.get(i).problems()).isEmpty();
                assertThat(content(back.get(i))).isEqualTo(original.get(i).fields());
                if (!marc8) {
                    assertThat(back.get(i).leader()).isEqualTo(original.get(i).leader());
                }
            }
        }
    }

    @Test
    void writtenMemberFilesHoldEveryRecord(@TempDir Path dir) throws IOException {
        Path utf8 = dir.resolve("member2.mrc");
        Path marc8 = dir.resolve("member3.mrc");
        G.writeMember(2, utf8, false);
        G.writeMember(3, marc8, true);
        try (Stream<MarcRecord> a = MarcFiles.stream(utf8); Stream<MarcRecord> b = MarcFiles.stream(marc8)) {
            assertThat(a.map(MarcRecord::controlNumber).toList())
                    .isEqualTo(G.member(2).map(r -> r.record().controlNumber()).toList());
            assertThat(b.map(MarcRecord::fields).map(f -> f.stream().filter(x -> !x.tag().equals("066")).toList()).toList())
                    .isEqualTo(G.member(3).map(r -> r.record().fields()).toList());
        }
        assertThat(Files.size(marc8)).isPositive();
    }

    /** marc4j reads the raw bytes; its ANSEL converter decodes, and NFC recomposes diacritics. */
    private static List<MarcRecord> readWithMarc4j(byte[] bytes) {
        MarcStreamReader reader = new MarcStreamReader(new ByteArrayInputStream(bytes), "ISO8859_1");
        AnselToUnicode ansel = new AnselToUnicode();
        List<MarcRecord> out = new ArrayList<>();
        while (reader.hasNext()) {
            org.marc4j.marc.Record r = reader.next();
            List<Field> fields = new ArrayList<>();
            r.getControlFields().forEach(c -> fields.add(new ControlField(c.getTag(), c.getData())));
            r.getDataFields().forEach(d -> fields.add(new DataField(d.getTag(), d.getIndicator1(), d.getIndicator2(),
                    d.getSubfields().stream().map(s -> new Subfield(s.getCode(),
                            Normalizer.normalize(ansel.convert(s.getData()), Normalizer.Form.NFC))).toList())));
            fields.sort(java.util.Comparator.comparing(Field::tag));
            out.add(new MarcRecord(r.getLeader().marshal(), fields));
        }
        return out;
    }
}
