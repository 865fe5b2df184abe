package org.unigate.marc;

import java.util.ArrayList;
import java.util.List;

/** Collects one MARCXML record's parts, checking them as they arrive. */
final class MarcXmlRecordBuilder {
    private String leader;
    private final List<Field> fields = new ArrayList<>();
    private final Problems problems = new Problems();
    private final List<RecordProblem> late = new ArrayList<>();
    private DataFieldParts open;

    void leader(String text) {
        leader = text;
    }

    void controlField(String tag, String value) {
        closeDataField();
        if (tag == null || tag.isBlank()) {
            problems.add(RecordProblem.Kind.FIELD, "controlfield",
                    "control field without a tag dropped: \"" + Problems.snippet(value) + "\"");
            return;
        }
        String text = TextDecoder.nfc(TextDecoder.clean(value, tag, problems));
        ControlFieldCheck.check(tag, text, problems);
        fields.add(new ControlField(tag, text));
    }

    void startDataField(String tag, String ind1, String ind2) {
        closeDataField();
        if (tag != null && !tag.isBlank() && !FieldParser.isValidTag(tag)) {
            problems.add(RecordProblem.Kind.FIELD, "tag " + Problems.snippet(tag), "tag is not three letters or digits");
        }
        open = new DataFieldParts(tag, indicator(tag, ind1, 1), indicator(tag, ind2, 2));
    }

    void subfield(String code, String value) {
        if (open == null) {
            problems.add(RecordProblem.Kind.SUBFIELD, "subfield", "subfield outside a data field dropped");
            return;
        }
        String where = open.tag + " $" + code;
        if (code == null || code.isEmpty()) {
            problems.add(RecordProblem.Kind.SUBFIELD, open.tag, "subfield without a code dropped: \""
                    + Problems.snippet(value) + "\"");
            return;
        }
        if (code.length() != 1) {
            problems.add(RecordProblem.Kind.SUBFIELD, where, "subfield code '" + code
                    + "' is not one character; first character kept");
        }
        if (!Character.isLetterOrDigit(code.charAt(0))) {
            problems.add(RecordProblem.Kind.SUBFIELD, where, "subfield code is not a letter or digit");
        }
        open.subfields.add(new Subfield(code.charAt(0), TextDecoder.nfc(TextDecoder.clean(value, where, problems))));
    }

    void problem(RecordProblem problem) {
        late.add(problem);
    }

    private char indicator(String tag, String value, int which) {
        if (value == null || value.isEmpty()) {
            return ' ';
        }
        if (value.length() != 1) {
            problems.add(RecordProblem.Kind.FIELD, tag + " ind" + which,
                    "indicator '" + value + "' is not one character; first kept");
        }
        return value.charAt(0);
    }

    private void closeDataField() {
        if (open == null) {
            return;
        }
        if (open.tag == null || open.tag.isBlank()) {
            problems.add(RecordProblem.Kind.FIELD, "datafield",
                    "data field without a tag dropped (" + open.subfields.size() + " subfields)");
        } else {
            fields.add(new DataField(open.tag, open.ind1, open.ind2, open.subfields));
        }
        open = null;
    }

    MarcRecord build() {
        closeDataField();
        ControlFieldCheck.checkPresent(fields, problems);
        String fitted = Leader.fit(leader, problems);
        if (leader != null) {
            Leader.check(fitted, problems);
        }
        problems.addAll(late);
        return new MarcRecord(Leader.withEncodingUnicode(fitted), fields, problems.toList());
    }

    /** A data field whose subfields are still arriving. */
    private static final class DataFieldParts {
        final String tag;
        final char ind1;
        final char ind2;
        final List<Subfield> subfields = new ArrayList<>();

        DataFieldParts(String tag, char ind1, char ind2) {
            this.tag = tag;
            this.ind1 = ind1;
            this.ind2 = ind2;
        }
    }
}
