package org.unigate.z3950.server;

import java.util.ArrayList;
import java.util.List;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/** Small MARC records for the server's tests. */
final class TestRecords {

    private final List<Field> fields = new ArrayList<>();

    private TestRecords() {
    }

    /** A book with an 001, an 008 for the year, in English. */
    static TestRecords book(String id, String year) {
        TestRecords r = new TestRecords();
        r.fields.add(new ControlField("001", id));
        r.fields.add(new ControlField("008", "010101s" + year + "    xx            000 0 eng d"));
        return r;
    }

    TestRecords isbn(String isbn) {
        return field("020", "a", isbn);
    }

    TestRecords author(String name) {
        return field("100", "a", name);
    }

    TestRecords title(String title) {
        return field("245", "a", title);
    }

    /** A title linked to its 880 by {@code $6 880-NN}. */
    TestRecords title(String title, String linkage) {
        return field("245", "6", linkage, "a", title);
    }

    /** An 880 whose {@code $6} is e.g. {@code 245-01/$1}. */
    TestRecords vernacular(String linkage, String text) {
        return field("880", "6", linkage, "a", text);
    }

    TestRecords subject(String topic) {
        return field("650", "a", topic);
    }

    TestRecords field(String tag, String... codesAndValues) {
        List<Subfield> subfields = new ArrayList<>();
        for (int i = 0; i + 1 < codesAndValues.length; i += 2) {
            subfields.add(new Subfield(codesAndValues[i].charAt(0), codesAndValues[i + 1]));
        }
        fields.add(new DataField(tag, ' ', ' ', subfields));
        return this;
    }

    MarcRecord build() {
        return new MarcRecord("00000nam  2200000 a 4500", fields);
    }
}
