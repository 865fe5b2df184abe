package org.unigate.federation;

import java.util.ArrayList;
import java.util.List;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/** Small MARC records for tests. */
public final class Records {

    private Records() {
    }

    public static Builder book(String id) {
        return new Builder(id);
    }

    public static DataField field(String tag, String... codesAndValues) {
        List<Subfield> subfields = new ArrayList<>();
        for (int i = 0; i + 1 < codesAndValues.length; i += 2) {
            subfields.add(new Subfield(codesAndValues[i].charAt(0), codesAndValues[i + 1]));
        }
        return new DataField(tag, ' ', ' ', subfields);
    }

    public static final class Builder {
        private final String id;
        private String type = "am";
        private String year = "2001";
        private String language = "eng";
        private final List<Field> fields = new ArrayList<>();

        Builder(String id) {
            this.id = id;
        }

        public Builder title(String title) {
            fields.add(field("245", "a", title));
            return this;
        }

        public Builder author(String name) {
            fields.add(field("100", "a", name));
            return this;
        }

        public Builder subject(String topic) {
            fields.add(field("650", "a", topic));
            return this;
        }

        public Builder year(String v) {
            year = v;
            return this;
        }

        public Builder language(String v) {
            language = v;
            return this;
        }

        /** Leader/06-07, e.g. {@code am} book, {@code as} serial, {@code em} map, {@code jm} music. */
        public Builder type(String v) {
            type = v;
            return this;
        }

        public Builder with(Field f) {
            fields.add(f);
            return this;
        }

        public MarcRecord build() {
            List<Field> all = new ArrayList<>();
            all.add(new ControlField("001", id));
            all.add(new ControlField("008", "010101s" + year + "    xx            000 0 " + language + " d"));
            all.addAll(fields);
            return new MarcRecord("00000n" + type + " a2200000 a 4500", all);
        }
    }
}
