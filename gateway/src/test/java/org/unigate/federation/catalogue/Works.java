package org.unigate.federation.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.testing.SharedData;

/** Fixture records: real corpus records, and variants of them with chosen identifiers. */
final class Works {

    private static final Set<String> IDENTIFIERS = Set.of("001", "003", "010", "015", "016", "019", "020", "022",
            "024", "035");

    private Works() {
    }

    /** The first {@code n} records of a corpus file. */
    static List<MarcRecord> corpus(String file, int n) {
        try (var records = MarcFiles.stream(SharedData.corpusFile(file))) {
            return records.limit(n).toList();
        }
    }

    /** The record without any identifier, so only what the test adds can link it by number. */
    static MarcRecord withoutIdentifiers(MarcRecord record) {
        List<Field> kept = new ArrayList<>();
        for (Field f : record.fields()) {
            if (!IDENTIFIERS.contains(f.tag())) {
                kept.add(f);
            }
        }
        return record.withFields(kept);
    }

    /** The record with a field added (after every field of a lower tag). */
    static MarcRecord with(MarcRecord record, String tag, String code, String value) {
        List<Field> fields = new ArrayList<>(record.fields());
        int at = 0;
        while (at < fields.size() && fields.get(at).tag().compareTo(tag) <= 0) {
            at++;
        }
        fields.add(at, new DataField(tag, ' ', ' ', List.of(new Subfield(code.charAt(0), value))));
        return record.withFields(fields);
    }

    /** The record with its 245 $a replaced. */
    static MarcRecord titled(MarcRecord record, String title) {
        List<Field> fields = new ArrayList<>();
        for (Field f : record.fields()) {
            if (f instanceof DataField d && d.tag().equals("245")) {
                fields.add(new DataField("245", d.ind1(), '0', List.of(new Subfield('a', title))));
            } else {
                fields.add(f);
            }
        }
        return record.withFields(fields);
    }

    /** The same record with a local note, as a cataloguer's edit would leave it. */
    static MarcRecord edited(MarcRecord record, String note) {
        return with(record, "500", "a", note);
    }

    static MarcRecord withControlNumber(MarcRecord record, String id) {
        List<Field> fields = new ArrayList<>();
        fields.add(new ControlField("001", id));
        for (Field f : record.fields()) {
            if (!f.tag().equals("001")) {
                fields.add(f);
            }
        }
        return record.withFields(fields);
    }
}
