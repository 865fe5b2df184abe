package org.unigate.marc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one ISO 2709 record (MARC 21, UTF-8 or MARC-8) into a {@link MarcRecord} in NFC
 * Unicode. Never throws for bad data: whatever can be read is returned, and every fault is
 * a {@link RecordProblem} on the record. For Z39.50 and SRU adapters holding one record's
 * bytes; files and streams go through {@link MarcFiles}.
 *
 * <p>The decoded leader keeps the record's own values except leader/09, which becomes
 * {@code a}, since the text is now Unicode; lengths are recomputed by the writers.
 */
public final class MarcDecoder {

    private MarcDecoder() {
    }

    /** Leader/09 decides the encoding, checked against the data. */
    public static MarcRecord decode(byte[] iso2709) {
        return decode(iso2709, MarcEncoding.AUTO);
    }

    /**
     * @param hint null to let leader/09 decide; otherwise the charset the member is known to
     *     send (UTF-8, ISO-8859-1, ...). MARC-8 has no Java charset: use
     *     {@link #decode(byte[], MarcEncoding)} with {@link MarcEncoding#MARC_8}.
     */
    public static MarcRecord decode(byte[] iso2709, Charset hint) {
        if (hint == null) {
            return decode(iso2709, MarcEncoding.AUTO);
        }
        if (hint.equals(StandardCharsets.UTF_8)) {
            return decode(iso2709, MarcEncoding.UTF_8);
        }
        return decode(iso2709, MarcEncoding.AUTO, TextDecoder.of(hint), List.of());
    }

    public static MarcRecord decode(byte[] iso2709, MarcEncoding hint) {
        return decode(iso2709, hint, null, List.of());
    }

    /** Stands for bytes that held no readable record, so that their problems are not lost. */
    static MarcRecord unreadable(List<RecordProblem> problems) {
        return new MarcRecord(Leader.BLANK, List.of(), problems);
    }

    /** With problems found before decoding (by the framer) put first. */
    static MarcRecord decode(byte[] rec, MarcEncoding hint, TextDecoder forced, List<RecordProblem> earlier) {
        if (rec.length == 0) {
            List<RecordProblem> problems = new ArrayList<>(earlier);
            problems.add(new RecordProblem(RecordProblem.Kind.UNREADABLE, "record", "no record data"));
            return unreadable(problems);
        }
        Problems problems = new Problems();
        problems.addAll(earlier);
        String leader = Leader.read(rec, problems);
        if (rec.length <= Leader.LENGTH) {
            problems.add(RecordProblem.Kind.UNREADABLE, "record", "record has no directory or data");
            return new MarcRecord(leader, List.of(), problems.toList());
        }
        checkLengthAndTerminator(rec, leader, problems);
        int base = DirectoryParser.baseAddress(rec, leader, problems);
        List<DirectoryParser.Slice> slices = DirectoryParser.slices(rec, base, problems);
        TextDecoder text = forced != null ? forced
                : EncodingDetector.choose(rec, base, rec.length, leader.charAt(9), hint, problems);
        List<Field> fields = new ArrayList<>(slices.size());
        for (DirectoryParser.Slice slice : slices) {
            Field field = FieldParser.parse(rec, slice, text, problems);
            if (field != null) {
                fields.add(field);
            }
        }
        if (fields.isEmpty()) {
            problems.add(RecordProblem.Kind.UNREADABLE, "directory", "no field could be read");
        }
        ControlFieldCheck.checkPresent(fields, problems);
        return new MarcRecord(Leader.withEncodingUnicode(leader), fields, problems.toList());
    }

    private static void checkLengthAndTerminator(byte[] rec, String leader, Problems problems) {
        int declared = Numbers.parse(leader, 0, 5);
        if (declared != rec.length) {
            problems.add(RecordProblem.Kind.LENGTH, "leader/00-04",
                    "record length " + (declared < 0 ? "'" + leader.substring(0, 5) + "'" : declared)
                            + " does not match the " + rec.length + " bytes read");
        }
        if (rec[rec.length - 1] != DirectoryParser.RECORD_TERMINATOR) {
            problems.add(RecordProblem.Kind.STRUCTURE, "end of record", "record terminator (0x1D) missing");
        }
    }
}
