package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.List;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * Plain reads of fields and subfields for the key builders. The loops index their lists rather
 * than iterate them: the immutable lists' shared iterator dispatches {@code get}
 * megamorphically, and it was a fifth of the keys' cost.
 */
final class KeyFields {

    private KeyFields() {
    }

    /** Every value of {@code tag $code}, in record order: {@link MarcRecord#values} without a stream per field. */
    static List<String> values(MarcRecord record, String tag, char code) {
        return values(record.fields(), tag, code);
    }

    /** Every value of {@code tag $code} of the data fields among {@code fields}, in order. */
    static List<String> values(List<? extends Field> fields, String tag, char code) {
        List<String> out = new ArrayList<>(2);
        for (int i = 0, n = fields.size(); i < n; i++) {
            if (fields.get(i) instanceof DataField d && d.tag().equals(tag)) {
                List<Subfield> subfields = d.subfields();
                for (int j = 0, m = subfields.size(); j < m; j++) {
                    if (subfields.get(j).code() == code) {
                        out.add(subfields.get(j).value());
                    }
                }
            }
        }
        return out;
    }

    /** The values of the subfields whose code is among {@code codes}, in field order. */
    static String[] values(DataField field, String codes) {
        List<Subfield> subfields = field.subfields();
        List<String> out = new ArrayList<>(4);
        for (int i = 0, n = subfields.size(); i < n; i++) {
            if (codes.indexOf(subfields.get(i).code()) >= 0) {
                out.add(subfields.get(i).value());
            }
        }
        return out.toArray(String[]::new);
    }

    /** {@link DataField#first}: the first value of {@code code}, or null. */
    static String first(DataField field, char code) {
        List<Subfield> subfields = field.subfields();
        for (int i = 0, n = subfields.size(); i < n; i++) {
            if (subfields.get(i).code() == code) {
                return subfields.get(i).value();
            }
        }
        return null;
    }

    /** The first value of {@code code} of the first {@code tag} among {@code fields}; "" without either. */
    static String firstValue(List<DataField> fields, String tag, char code) {
        for (int i = 0, n = fields.size(); i < n; i++) {
            DataField d = fields.get(i);
            if (d.tag().equals(tag)) {
                String value = first(d, code);
                return value == null ? "" : value;
            }
        }
        return "";
    }
}
