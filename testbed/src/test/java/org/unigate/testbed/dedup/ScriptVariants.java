package org.unigate.testbed.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.text.ScriptFolding;

/**
 * Turns a real CJK record (romanised fields with 880 vernacular twins) into the record a member
 * cataloguing only in the vernacular, in the other Chinese script, would have made: each field
 * with a twin takes the twin's text converted traditional to simplified or back, the 880s go,
 * and so do the identifiers, so that only the descriptive key in the vernacular can match it.
 */
final class ScriptVariants {

    private static final Set<String> IDENTIFIERS = Set.of("001", "003", "010", "020", "022", "024", "035");

    private ScriptVariants() {
    }

    /** The vernacular-only other-script copy, if the record has a Han 880 for its title. */
    static Optional<MarcRecord> vernacularOnly(MarcRecord record) {
        Optional<DataField> title = record.firstDataField("245");
        Optional<DataField> twin = title.flatMap(record::linkedTwin);
        if (twin.isEmpty() || !ScriptFolding.containsHan(twin.get().join("ab"))) {
            return Optional.empty();
        }
        boolean traditional = !ScriptFolding.toSimplified(twin.get().join("ab")).equals(twin.get().join("ab"));
        List<Field> fields = new ArrayList<>();
        for (Field f : record.fields()) {
            if (IDENTIFIERS.contains(f.tag()) || f.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
                continue;
            }
            if (f instanceof DataField d) {
                Optional<DataField> vernacular = record.linkedTwin(d);
                fields.add(vernacular.map(v -> convert(d.tag(), v, traditional)).orElse(d));
            } else {
                fields.add(f);
            }
        }
        return Optional.of(record.withFields(fields));
    }

    private static DataField convert(String tag, DataField vernacular, boolean traditional) {
        List<Subfield> subfields = vernacular.subfields().stream()
                .filter(s -> s.code() != '6')
                .map(s -> new Subfield(s.code(), traditional
                        ? ScriptFolding.toSimplified(s.value()) : ScriptFolding.toTraditional(s.value())))
                .toList();
        return new DataField(tag, vernacular.ind1(), vernacular.ind2(), subfields);
    }
}
