package org.unigate.testbed.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * Collects a record's fields, pairs romanised fields with their 880s through $6 (MARC 21
 * "Linkage": {@code 880-NN} in the regular field, {@code TAG-NN/$1} in the 880, $6 first), and
 * fills in the leader's lengths as an ISO 2709 UTF-8 reader would find them.
 */
final class RecordBuilder {

    /** MARC 21 script identification code for Chinese, Japanese and Korean. */
    static final String CJK_SCRIPT = "$1";

    /** Regular fields, each with its vernacular twin's subfields when it has one. */
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(Field field, char vernInd2, List<Subfield> vernacular) {
    }

    void control(String tag, String value) {
        entries.add(new Entry(new ControlField(tag, value), ' ', null));
    }

    void field(String tag, char ind1, char ind2, List<Subfield> subfields) {
        if (!subfields.isEmpty()) {
            entries.add(new Entry(new DataField(tag, ind1, ind2, subfields), ' ', null));
        }
    }

    void field(String tag, char ind1, char ind2, Subfield... subfields) {
        field(tag, ind1, ind2, List.of(subfields));
    }

    /** A romanised field and its vernacular 880 twin; they are linked when the record is built. */
    void linked(String tag, char ind1, char ind2, List<Subfield> roman, char vernInd2, List<Subfield> vernacular) {
        entries.add(new Entry(new DataField(tag, ind1, ind2, roman), vernInd2, List.copyOf(vernacular)));
    }

    /**
     * The record, fields in tag order (stable, so repeated tags keep the order they were added).
     * Linked pairs get occurrence numbers in the order of their regular fields, as cataloguing
     * systems assign them.
     *
     * @param leaderTemplate 24 characters; positions 0-4 and 12-16 are overwritten
     */
    MarcRecord build(String leaderTemplate) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(e -> e.field().tag()));
        List<Field> fields = new ArrayList<>(sorted.size() + 8);
        List<Field> alternates = new ArrayList<>();
        int occurrence = 0;
        for (Entry e : sorted) {
            if (e.vernacular() == null) {
                fields.add(e.field());
                continue;
            }
            occurrence++;
            if (occurrence > 99) {
                throw new IllegalStateException("more than 99 linked fields in one record");
            }
            DataField regular = (DataField) e.field();
            String occ = String.format("%02d", occurrence);
            fields.add(new DataField(regular.tag(), regular.ind1(), regular.ind2(),
                    prepend(new Subfield('6', MarcRecord.ALTERNATE_GRAPHIC_TAG + "-" + occ), regular.subfields())));
            alternates.add(new DataField(MarcRecord.ALTERNATE_GRAPHIC_TAG, regular.ind1(), e.vernInd2(),
                    prepend(new Subfield('6', regular.tag() + "-" + occ + "/" + CJK_SCRIPT), e.vernacular())));
        }
        fields.addAll(alternates);
        fields.sort(Comparator.comparing(Field::tag));
        int base = 24 + 12 * fields.size() + 1;
        int data = 0;
        for (Field f : fields) {
            data += encodedLength(f);
        }
        String leader = String.format("%05d", base + data + 1) + leaderTemplate.substring(5, 12)
                + String.format("%05d", base) + leaderTemplate.substring(17);
        return new MarcRecord(leader, fields);
    }

    /** $6 comes first in a field (MARC 21 linkage convention). */
    private static List<Subfield> prepend(Subfield first, List<Subfield> rest) {
        List<Subfield> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Bytes of the field in UTF-8 ISO 2709, terminator included. */
    static int encodedLength(Field f) {
        if (f instanceof ControlField c) {
            return utf8Length(c.value()) + 1;
        }
        DataField d = (DataField) f;
        int n = 2 + 1;
        for (Subfield s : d.subfields()) {
            n += 2 + utf8Length(s.value());
        }
        return n;
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                n++;
            } else if (ch < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(ch)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
