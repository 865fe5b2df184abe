package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unigate.marc.RecordProblem.Kind;
import org.unigate.testing.SharedData;

/**
 * Every file under corpus/malformed reads without an exception, yields the records its index
 * lists, and each damaged record carries a problem of the kind its category implies.
 */
class MalformedCorpusTest {

    /** What a record of each category must report, at least one of. */
    private static final Map<String, Set<Kind>> EXPECTED = Map.of(
            "bad-008", EnumSet.of(Kind.CONTROL_FIELD),
            "bad-directory-or-length", EnumSet.of(Kind.DIRECTORY, Kind.LENGTH),
            "bad-field-structure", EnumSet.of(Kind.FIELD, Kind.SUBFIELD),
            "bad-leader", EnumSet.of(Kind.LEADER),
            "bad-marc8", EnumSet.of(Kind.ENCODING),
            "double-encoded-utf8", EnumSet.of(Kind.ENCODING),
            "invalid-utf8", EnumSet.of(Kind.ENCODING, Kind.SUBFIELD),
            "leader09-blank-but-utf8", EnumSet.of(Kind.ENCODING),
            "truncated", EnumSet.of(Kind.STRUCTURE, Kind.LENGTH),
            "xml-not-well-formed", EnumSet.of(Kind.STRUCTURE, Kind.UNREADABLE, Kind.ENCODING));

    @Test
    void everyMalformedRecordIsReadAndReportsTheFaultOfItsCategory() {
        CorpusIndex index = CorpusIndex.malformed();
        Map<String, List<String[]>> rowsByFile = new TreeMap<>();
        for (String[] row : index.rows()) {
            rowsByFile.computeIfAbsent(index.get(row, "file"), f -> new ArrayList<>()).add(row);
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> entry : rowsByFile.entrySet()) {
            List<MarcRecord> records = readAll(SharedData.corpusFile("malformed/" + entry.getKey()));
            List<String[]> rows = entry.getValue();
            if (index.get(rows.get(0), "category").equals("xml-not-well-formed")) {
                // The index could not parse these and lists each file once; we read on up to the fault.
                assertThat(records).as(entry.getKey()).isNotEmpty();
                if (records.stream().flatMap(r -> r.problems().stream())
                        .noneMatch(p -> EXPECTED.get("xml-not-well-formed").contains(p.kind()))) {
                    failures.add(entry.getKey() + " reports no XML fault");
                }
                continue;
            }
            assertThat(records).as(entry.getKey()).hasSize(rows.size());
            for (String[] row : rows) {
                int pos = Integer.parseInt(index.get(row, "pos"));
                String category = index.get(row, "category");
                Set<Kind> expected = category.equals("xml-structure")
                        ? structureKinds(index.get(row, "problems_detected")) : EXPECTED.get(category);
                MarcRecord record = records.get(pos);
                assertThat(record.fields()).as(entry.getKey() + "#" + pos).isNotEmpty();
                if (expected.isEmpty()) {
                    continue;
                }
                if (record.problems().stream().noneMatch(p -> expected.contains(p.kind()))) {
                    failures.add(entry.getKey() + "#" + pos + " (" + category + ") expected one of " + expected
                            + " but got " + record.problems());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * The index names the XML anomaly of the source file. The corpus re-serialised these records,
     * which erased some anomalies: fields without a tag were dropped, 25-character leaders cut to
     * 24, and the multi-character codes of local HLD/ITM fields rewritten; only anomalies still in
     * the file are expected to be reported (the record must be read all the same).
     */
    private static Set<Kind> structureKinds(String detected) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String token : detected.split(";")) {
            if (token.equals("no-leader") || token.matches("leader-len-2[0-3]")) {
                kinds.add(Kind.LEADER);
            } else if (token.equals("bad-subfield-code:020")) {
                kinds.add(Kind.SUBFIELD);
            }
        }
        return kinds;
    }

    @Test
    void everyFileUnderMalformedReadsWithoutException() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.corpusFile("malformed"))) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tsv")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThatCode(() -> assertThat(readAll(file)).as(file.toString()).isNotEmpty()).doesNotThrowAnyException();
        }
    }

    @Test
    void goodRecordsAroundABrokenDirectorySurviveIntact() throws IOException {
        List<MarcRecord> good = readAll(SharedData.corpusFile("brown.mrc")).subList(0, 2);
        byte[] broken = firstRecordBytes(SharedData.corpusFile("malformed/bad-directory-or-length.mrc"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(Iso2709Writer.write(good.get(0)));
        file.write(broken);
        file.write("garbage\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        file.write(Iso2709Writer.write(good.get(1)));

        List<MarcRecord> read = MarcFiles.stream(new ByteArrayInputStream(file.toByteArray())).toList();

        assertThat(read).hasSize(3);
        assertThat(read.get(0).fields()).isEqualTo(good.get(0).fields());
        assertThat(read.get(0).problems()).isEmpty();
        assertThat(read.get(1).problems()).extracting(RecordProblem::kind).contains(Kind.DIRECTORY);
        assertThat(read.get(1).controlNumber()).isPresent();
        assertThat(read.get(2).fields()).isEqualTo(good.get(1).fields());
        assertThat(read.get(2).problems()).extracting(RecordProblem::kind).containsExactly(Kind.STRUCTURE);
    }

    @Test
    void truncatedRecordsWithoutTerminatorsAreStillSeparated() {
        List<MarcRecord> records = readAll(SharedData.corpusFile("malformed/truncated.mrc"));
        assertThat(records).hasSize(5);
        assertThat(records).allSatisfy(r -> assertThat(r.fields()).hasSizeGreaterThan(10));
        assertThat(records).allSatisfy(r -> assertThat(r.controlNumber()).isPresent());
    }

    static List<MarcRecord> readAll(Path file) {
        try (Stream<MarcRecord> stream = MarcFiles.stream(file)) {
            return stream.toList();
        }
    }

    private static byte[] firstRecordBytes(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int end = 0;
        while (all[end] != 0x1D) {
            end++;
        }
        return java.util.Arrays.copyOf(all, end + 1);
    }
}
