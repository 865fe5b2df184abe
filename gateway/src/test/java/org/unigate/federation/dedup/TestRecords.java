package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.List;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.member.MemberRecord;

/** A small builder for the records the dedup tests compare. */
final class TestRecords {

    private final List<Field> fields = new ArrayList<>();
    private String leader = "00000nam a2200000 a 4500";

    static TestRecords book(String year) {
        return new TestRecords().f008(year, "eng", ' ');
    }

    TestRecords leader(String value) {
        leader = value;
        return this;
    }

    TestRecords control(String tag, String value) {
        fields.add(new ControlField(tag, value));
        return this;
    }

    /** 008 for a book: date1 = year, language, form of item at 23. */
    TestRecords f008(String year, String language, char form) {
        fields.removeIf(f -> f.tag().equals("008"));
        String material = " ".repeat(5) + form + " ".repeat(11);
        fields.add(new ControlField("008", "240101s" + year + "    xx " + material + language + " d"));
        return this;
    }

    /** A data field: indicators, then code/value pairs ({@code "a", "Title"}). */
    TestRecords field(String tag, String indicators, String... codesAndValues) {
        List<Subfield> subfields = new ArrayList<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            subfields.add(new Subfield(codesAndValues[i].charAt(0), codesAndValues[i + 1]));
        }
        fields.add(new DataField(tag, indicators.charAt(0), indicators.charAt(1), subfields));
        return this;
    }

    MarcRecord build() {
        return new MarcRecord(leader, fields);
    }

    MemberRecord from(String member, String localId) {
        return new MemberRecord(member, localId, build());
    }
}
