package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.marc.RecordProblem.Kind;

class MarcFilesTest {

    private static final String RECORD_BODY = "<leader>00000nam a2200000 a 4500</leader>"
            + "<controlfield tag=\"001\">x1</controlfield>"
            + "<controlfield tag=\"008\">060112s2006    fr            000 0 fre d</controlfield>"
            + "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">Cafe\u0301</subfield></datafield>";

    private static List<MarcRecord> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<MarcRecord> read(byte[] bytes) {
        return MarcFiles.stream(new ByteArrayInputStream(bytes)).toList();
    }

    @Test
    void marcXmlIsReadWithOrWithoutNamespaceOrPrefix() {
        List<String> documents = List.of(
                "<record>" + RECORD_BODY + "</record>",
                "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record>" + RECORD_BODY + "</record></collection>",
                "<?xml version=\"1.0\"?><m:collection xmlns:m=\"http://www.loc.gov/MARC21/slim\"><m:record>"
                        + RECORD_BODY.replace("<", "<m:").replace("<m:/", "</m:") + "</m:record></m:collection>",
                "\uFEFF<searchRetrieveResponse><records><record><recordData><record xmlns=\"http://www.loc.gov/MARC21/slim\">"
                        + RECORD_BODY + "</record></recordData></record></records></searchRetrieveResponse>");
        for (String xml : documents) {
            List<MarcRecord> records = read(xml);
            assertThat(records).as(xml).hasSize(1);
            assertThat(records.get(0).problems()).as(xml).isEmpty();
            assertThat(records.get(0).values("245", 'a')).containsExactly("Café");
        }
    }

    @Test
    void externalEntitiesAndDtdsAreNeverResolved(@TempDir Path tmp) throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<record>" + RECORD_BODY.replace("Cafe\u0301", "&xxe;") + "</record>";
        List<MarcRecord> records = read(xml);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).toString()).doesNotContain("TOP-SECRET");
        assertThat(records.get(0).problems()).extracting(RecordProblem::kind).containsAnyOf(Kind.STRUCTURE, Kind.UNREADABLE);
    }

    @Test
    void aRecordClaimingAnAbsurdLengthCostsAtMostOneBoundedFrame() {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("99999nam a2299999 a 4500".getBytes(StandardCharsets.US_ASCII));
        data.writeBytes(new byte[3_000_000]); // three megabytes and never a terminator
        List<MarcRecord> records = read(data.toByteArray());
        assertThat(records).isNotEmpty();
        assertThat(records).allSatisfy(r -> assertThat(r.problems()).isNotEmpty());
        assertThat(records.size()).isLessThan(40);
    }

    @Test
    void anEndlessXmlElementIsCutOffInsteadOfBuffered() {
        byte[] head = ("<collection><record>" + RECORD_BODY + "<datafield tag=\"500\" ind1=\" \" ind2=\" \">"
                + "<subfield code=\"a\">").getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            private long i;

            @Override
            public int read() {
                return i < head.length ? head[(int) i++] & 0xFF : 'x';
            }
        };
        List<MarcRecord> records = MarcFiles.stream(endless).toList();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.controlNumber()).contains("x1");
            assertThat(r.problems()).extracting(RecordProblem::kind).containsExactly(Kind.STRUCTURE);
        });
    }

    @Test
    void garbageAloneComesOutAsOneUnreadableRecord() {
        List<MarcRecord> records = read("this is not MARC at all, just text");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.fields()).isEmpty();
            assertThat(r.problems()).extracting(RecordProblem::kind).contains(Kind.UNREADABLE);
        });
        assertThat(read("\n\r\n")).isEmpty();
        assertThat(read(new byte[0])).isEmpty();
    }

    @Test
    void isoRecordsSeparatedByLineBreaksReadCleanly() {
        byte[] one = MarcDecoderTest.record('a', "Title".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        data.writeBytes(one);
        data.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
        data.writeBytes(one);
        List<MarcRecord> records = read(data.toByteArray());
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void anIoErrorIsNotMistakenForBadData() {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 30) {
                    return '0';
                }
                throw new IOException("disk on fire");
            }
        };
        assertThatThrownBy(() -> MarcFiles.stream(failing).toList())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk on fire");
    }

    @Test
    void streamsAreLazy() {
        InputStream endless = new InputStream() {
            private final byte[] one = MarcDecoderTest.record('a', "T".getBytes(StandardCharsets.UTF_8));
            private long i;

            @Override
            public int read() {
                return one[(int) (i++ % one.length)] & 0xFF;
            }
        };
        assertThat(MarcFiles.stream(endless).limit(3).toList()).hasSize(3);
    }
}
