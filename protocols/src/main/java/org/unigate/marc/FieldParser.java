package org.unigate.marc;

import java.util.ArrayList;
import java.util.List;

/** Turns one field's bytes into a control or data field, reporting malformations. */
final class FieldParser {

    static final byte SUBFIELD_DELIMITER = 0x1F;

    private FieldParser() {
    }

    static Field parse(byte[] rec, DirectoryParser.Slice slice, TextDecoder text, Problems problems) {
        String tag = slice.tag();
        if (!isValidTag(tag)) {
            problems.add(RecordProblem.Kind.FIELD, "tag " + Problems.snippet(tag), "tag is not three letters or digits");
        }
        if (Field.isControlTag(tag)) {
            return controlField(rec, slice, text, problems);
        }
        return dataField(rec, slice, text, problems);
    }

    static boolean isValidTag(String tag) {
        if (tag.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = tag.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static Field controlField(byte[] rec, DirectoryParser.Slice slice, TextDecoder text, Problems problems) {
        String value = text.decode(rec, slice.start(), slice.end(), new TextDecoder.Where(slice.tag(), (char) 0), problems);
        ControlFieldCheck.check(slice.tag(), value, problems);
        return new ControlField(slice.tag(), value);
    }

    private static Field dataField(byte[] rec, DirectoryParser.Slice slice, TextDecoder text, Problems problems) {
        String tag = slice.tag();
        int from = slice.start();
        int to = slice.end();
        char ind1 = ' ';
        char ind2 = ' ';
        int indicators = 0;
        while (indicators < 2 && from + indicators < to && rec[from + indicators] != SUBFIELD_DELIMITER) {
            indicators++;
        }
        if (indicators == 2) {
            ind1 = indicator(rec[from], tag, 1, problems);
            ind2 = indicator(rec[from + 1], tag, 2, problems);
        } else {
            problems.add(RecordProblem.Kind.FIELD, tag, "indicators missing; blanks assumed");
            if (indicators == 1) {
                ind1 = indicator(rec[from], tag, 1, problems);
            }
        }
        int at = from + indicators;
        int firstDelimiter = DirectoryParser.indexOf(rec, SUBFIELD_DELIMITER, at, to);
        if (firstDelimiter < 0) {
            firstDelimiter = to;
        }
        List<Subfield> subfields = new ArrayList<>();
        if (firstDelimiter > at) {
            String stray = text.decode(rec, at, firstDelimiter, new TextDecoder.Where(tag, (char) 0), problems);
            problems.add(RecordProblem.Kind.SUBFIELD, tag,
                    "data before the first subfield delimiter kept as $a: \"" + Problems.snippet(stray) + "\"");
            subfields.add(new Subfield('a', stray));
        }
        at = firstDelimiter;
        while (at < to) {
            int next = DirectoryParser.indexOf(rec, SUBFIELD_DELIMITER, at + 1, to);
            int end = next < 0 ? to : next;
            readSubfield(rec, at + 1, end, tag, text, problems, subfields);
            at = end;
        }
        if (subfields.isEmpty()) {
            problems.add(RecordProblem.Kind.FIELD, tag, "data field has no subfields");
        }
        return new DataField(tag, ind1, ind2, subfields);
    }

    private static void readSubfield(byte[] rec, int from, int to, String tag, TextDecoder text,
            Problems problems, List<Subfield> out) {
        if (from >= to) {
            problems.add(RecordProblem.Kind.SUBFIELD, tag, "empty subfield (delimiter without code) dropped");
            return;
        }
        int codeByte = rec[from] & 0xFF;
        int valueFrom = from + 1;
        char code = (char) codeByte;
        if (codeByte >= 0x80) {
            int n = Math.max(1, Utf8.sequenceLength(rec, from, to));
            if (from + n < to && isAsciiAlnum(rec[from + n])) {
                // A stray character (often a MARC-8 diacritic) before the real code: keep it in the value.
                code = (char) rec[from + n];
                byte[] joined = new byte[to - from - 1];
                System.arraycopy(rec, from, joined, 0, n);
                System.arraycopy(rec, from + n + 1, joined, n, to - from - n - 1);
                problems.add(RecordProblem.Kind.SUBFIELD, tag + " $" + code,
                        "non-ASCII byte before the subfield code moved into the value");
                out.add(new Subfield(code, text.decode(joined, 0, joined.length, new TextDecoder.Where(tag, code), problems)));
                return;
            }
            String decoded = text.decode(rec, from, from + n, new TextDecoder.Where(tag, (char) 0), new Problems());
            code = decoded.isEmpty() ? '?' : decoded.charAt(0);
            valueFrom = from + n;
            problems.add(RecordProblem.Kind.SUBFIELD, tag + " $" + code, "subfield code is not ASCII");
        } else if (!Character.isLetterOrDigit(code)) {
            problems.add(RecordProblem.Kind.SUBFIELD, tag + " $" + Problems.snippet(String.valueOf(code)),
                    "subfield code is not a letter or digit");
        }
        TextDecoder.Where where = new TextDecoder.Where(tag, code);
        String value = text.decode(rec, valueFrom, to, where, problems);
        if (value.isEmpty()) {
            problems.add(RecordProblem.Kind.SUBFIELD, where.toString(), "subfield is empty");
        }
        out.add(new Subfield(code, value));
    }

    private static boolean isAsciiAlnum(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private static char indicator(byte b, String tag, int which, Problems problems) {
        char c = (char) (b & 0xFF);
        if (c == ' ' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == '|') {
            return c;
        }
        problems.add(RecordProblem.Kind.FIELD, tag + " ind" + which,
                "indicator '" + Problems.snippet(String.valueOf(c)) + "' is not a digit, lowercase letter or blank");
        return c < 0x20 || c >= 0x7F ? ' ' : c;
    }
}
