package org.unigate.embedded;

import java.util.ArrayList;
import java.util.List;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/** Builds MARC records in tests: {@code Records.record("b1").field("245", "10", "a", "Title").build()}. */
final class Records {

    private final List<Field> fields = new ArrayList<>();

    private Records() {
    }

    static Records record(String controlNumber) {
        Records r = new Records();
        r.control("001", controlNumber);
        return r;
    }

    static Records withoutControlNumber() {
        return new Records();
    }

    Records control(String tag, String value) {
        fields.add(new ControlField(tag, value));
        return this;
    }

    /** An 008 with the given date 1 and language; everything else blank. */
    Records fixed(String year, String language) {
        return control("008", "991231s" + year + "    " + "xx " + " ".repeat(17) + language + " d");
    }

    /** {@code codesAndValues} alternate subfield code and value: "a", "Title", "c", "Author". */
    Records field(String tag, String indicators, String... codesAndValues) {
        List<Subfield> subfields = new ArrayList<>();
        for (int i = 0; i + 1 < codesAndValues.length; i += 2) {
            subfields.add(new Subfield(codesAndValues[i].charAt(0), codesAndValues[i + 1]));
        }
        fields.add(new DataField(tag, indicators.charAt(0), indicators.charAt(1), subfields));
        return this;
    }

    MarcRecord build() {
        return new MarcRecord("00000nam a2200000 a 4500", fields);
    }
}
