package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unigate.marc.RecordProblem.Kind;

class MarcDecoderTest {

    private static final String F008 = "060112s2006    fr            000 0 fre d";

    /** A one-title record whose 245 $a holds {@code title} bytes, with the given leader/09. */
    static byte[] record(char leader09, byte[] title) {
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        field.writeBytes("10\u001Fa".getBytes(StandardCharsets.US_ASCII));
        field.writeBytes(title);
        field.write(0x1E);
        byte[] f008 = (F008 + "\u001E").getBytes(StandardCharsets.US_ASCII);
        byte[] f245 = field.toByteArray();
        int base = 24 + 2 * 12 + 1;
        int length = base + f008.length + f245.length + 1;
        String head = String.format("%05dnam %c22%05d a 4500", length, leader09, base)
                + String.format("008%04d%05d", f008.length, 0)
                + String.format("245%04d%05d", f245.length, f008.length) + "\u001E";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(f008);
        out.writeBytes(f245);
        out.write(0x1D);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void utf8RecordDecodesCleanlyToNfc() {
        MarcRecord r = MarcDecoder.decode(record('a', "Cafe\u0301 Ü".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.values("245", 'a')).containsExactly("Café Ü");
        assertThat(r.leader().charAt(9)).isEqualTo('a');
    }

    @Test
    void marc8DiacriticsPrecedeTheirLetterAndComeOutComposed() {
        MarcRecord r = MarcDecoder.decode(record(' ', bytes('C', 'a', 'f', 0xE2, 'e')));
        assertThat(r.problems()).isEmpty();
        assertThat(r.values("245", 'a')).containsExactly("Café");
        assertThat(r.leader().charAt(9)).as("the model is Unicode").isEqualTo('a');
    }

    @Test
    void leaderClaimingMarc8OverUtf8DataIsReadAsUtf8() {
        MarcRecord r = MarcDecoder.decode(record(' ', "北京大学".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.values("245", 'a')).containsExactly("北京大学");
        assertThat(r.problems()).extracting(RecordProblem::kind, RecordProblem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ENCODING, "leader/09"));
    }

    @Test
    void leaderClaimingUtf8OverMarc8DataIsReadAsMarc8() {
        MarcRecord r = MarcDecoder.decode(record('a', bytes('G', 'e', 'n', 'e', 'v', 'i', 0xE1, 'e', 'v', 'e', ' ', 0xB9, '5')));
        assertThat(r.values("245", 'a')).containsExactly("Geneviève £5");
        assertThat(r.problems()).extracting(RecordProblem::kind).containsExactly(Kind.ENCODING);
    }

    @Test
    void strayLatin1BytesInUtf8AreKeptAndReported() {
        MarcRecord r = MarcDecoder.decode(record('a', bytes('M', 'o', 'n', 't', 'r', 0xE9, 'a', 'l', ' ', '(', 'Q', 'u', 0xE9, 'b', 'e', 'c', ')')));
        assertThat(r.values("245", 'a')).containsExactly("Montréal (Québec)");
        assertThat(r.problems()).extracting(RecordProblem::kind).containsExactly(Kind.ENCODING);
    }

    @Test
    void doubleEncodedUtf8IsRepaired() {
        MarcRecord r = MarcDecoder.decode(record('a', "KÃ¸benhavn".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.values("245", 'a')).containsExactly("København");
        assertThat(r.problems()).singleElement().extracting(RecordProblem::message).asString().contains("double-encoded");
    }

    @Test
    void aHintOverridesTheLeader() {
        byte[] latin1 = record('a', "Bokmål".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(MarcDecoder.decode(latin1, StandardCharsets.ISO_8859_1).values("245", 'a')).containsExactly("Bokmål");
        byte[] marc8 = record('a', bytes('C', 'a', 'f', 0xE2, 'e'));
        assertThat(MarcDecoder.decode(marc8, MarcEncoding.MARC_8).values("245", 'a')).containsExactly("Café");
    }

    @Test
    void marc8EscapesToGreekAndBack() {
        // ESC g selects the MARC-8 Greek symbols set; ESC s returns to ASCII.
        MarcRecord r = MarcDecoder.decode(record(' ', bytes('x', 0x1B, 'g', 'a', 0x1B, 's', 'y')));
        assertThat(r.values("245", 'a')).containsExactly("xαy");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void straysEscapesInUnicodeTextAreRemovedAndReported() {
        MarcRecord r = MarcDecoder.decode(record('a', "Украї\u001B(Nна".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.values("245", 'a')).containsExactly("Україна");
        assertThat(r.problems()).extracting(RecordProblem::kind).containsExactly(Kind.ENCODING);
    }

    @Test
    void tooShortInputIsUnreadableNotAnException() {
        assertThat(MarcDecoder.decode(new byte[0]).problems()).extracting(RecordProblem::kind).contains(Kind.UNREADABLE);
        assertThat(MarcDecoder.decode("00026nam".getBytes(StandardCharsets.US_ASCII)).problems())
                .extracting(RecordProblem::kind).contains(Kind.LEADER, Kind.UNREADABLE);
    }

    @Test
    void randomlyDamagedRecordsNeverThrow() {
        Random random = new Random(42);
        List<MarcRecord> sample = CorpusRecords.read("pennstate.mrc").subList(0, 60);
        for (MarcRecord record : sample) {
            byte[] good = Iso2709Writer.write(record);
            for (int round = 0; round < 40; round++) {
                byte[] bad = good.clone();
                for (int hits = 1 + random.nextInt(8); hits > 0; hits--) {
                    bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
                }
                byte[] cut = random.nextBoolean() ? bad : java.util.Arrays.copyOf(bad, random.nextInt(bad.length));
                assertThatCode(() -> MarcDecoder.decode(cut)).doesNotThrowAnyException();
            }
        }
    }
}
