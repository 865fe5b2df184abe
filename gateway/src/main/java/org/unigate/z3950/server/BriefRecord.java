package org.unigate.z3950.server;

import java.util.List;
import java.util.Set;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;

/**
 * Element set B: enough to tell works apart in a result list. The leader, 001, ISBN (020), main
 * entry (100), title (245), imprint (260/264), and the 880s that give those fields in their own
 * script, so a brief CJK record still shows its vernacular title.
 */
final class BriefRecord {

    static final Set<String> TAGS = Set.of("001", "020", "100", "245", "260", "264");

    private BriefRecord() {
    }

    static MarcRecord of(MarcRecord record) {
        List<Field> kept = record.fields().stream().filter(BriefRecord::keep).toList();
        return record.withFields(kept);
    }

    private static boolean keep(Field field) {
        if (field instanceof ControlField) {
            return TAGS.contains(field.tag());
        }
        DataField data = (DataField) field;
        if (data.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
            return data.linkage().map(link -> TAGS.contains(link.linkedTag())).orElse(false);
        }
        return TAGS.contains(data.tag());
    }
}
