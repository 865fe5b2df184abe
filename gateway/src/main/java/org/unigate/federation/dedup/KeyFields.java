package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * The fields match keys read, picked out of a record in one pass. Real records carry dozens of
 * notes, subjects and holdings that no key looks at, and each of the key builders' some twenty
 * lookups would otherwise walk them all. Every 880 is kept: finding a field's 880 looks at all
 * 880s of the same occurrence, whatever they stand for.
 */
final class KeyFields {

    private static final Set<String> READ = Set.of("001", "003", "008", "010", "020", "022", "035",
            "100", "110", "111", "245", "250", "260", "264", "300", "510", MarcRecord.ALTERNATE_GRAPHIC_TAG);
    /** {@link #READ} by the number a three-digit tag spells: checked for every field of every record. */
    private static final boolean[] READ_NUMBERS = new boolean[1000];

    static {
        READ.forEach(tag -> READ_NUMBERS[Integer.parseInt(tag)] = true);
    }

    private KeyFields() {
    }

    /** The record with only the fields match keys read, in their order; the record itself if that is all it has. */
    static MarcRecord of(MarcRecord record) {
        List<Field> kept = new ArrayList<>(24);
        for (Field f : record.fields()) {
            if (read(f.tag())) {
                kept.add(f);
            }
        }
        return kept.size() == record.fields().size() ? record : new MarcRecord(record.leader(), kept, List.of());
    }

    private static boolean read(String tag) {
        if (tag.length() != 3) {
            return false;
        }
        int n = 0;
        for (int i = 0; i < 3; i++) {
            char c = tag.charAt(i);
            if (c < '0' || c > '9') {
                return false; // local tags (9XX letters, garbage) are never key fields
            }
            n = n * 10 + (c - '0');
        }
        return READ_NUMBERS[n];
    }

    /** Every value of {@code tag $code}, in record order: {@link MarcRecord#values} without a stream per field. */
    static List<String> values(MarcRecord record, String tag, char code) {
        List<String> out = new ArrayList<>(2);
        for (Field f : record.fields()) {
            if (f instanceof DataField d && d.tag().equals(tag)) {
                for (Subfield s : d.subfields()) {
                    if (s.code() == code) {
                        out.add(s.value());
                    }
                }
            }
        }
        return out;
    }

    /** The values of the subfields whose code is among {@code codes}, in field order. */
    static String[] values(DataField field, String codes) {
        List<String> out = new ArrayList<>(4);
        for (Subfield s : field.subfields()) {
            if (codes.indexOf(s.code()) >= 0) {
                out.add(s.value());
            }
        }
        return out.toArray(String[]::new);
    }
}
