package org.unigate.federation.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.Linkage;
import org.unigate.marc.MarcRecord;
import org.unigate.member.Sharing;

/**
 * Applies one member's sharing rules to its records before they are merged or cached. Suppressed
 * records never leave the gateway. Under {@code NO_LOCAL_FIELDS} the 9XX fields go; the tags in
 * {@code stripTags} (exact, or with {@code X} for any digit: {@code 59X}) go in every mode, since
 * listing them is an explicit wish. An 880 goes with the field it stands for. A client with full
 * access to the member (its own staff) sees local fields, never suppressed records.
 */
public final class SharingFilter {

    /** What filtering one record did: the record to share (empty if suppressed) and fields removed. */
    public record Filtered(Optional<MarcRecord> record, int strippedFields) {
    }

    private final boolean stripLocal;
    private final List<String> stripPatterns;
    private final List<SuppressionRule> suppress;

    public SharingFilter(Sharing sharing) {
        this.stripLocal = sharing.mode() == Sharing.Mode.NO_LOCAL_FIELDS;
        this.stripPatterns = sharing.stripTags().stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).toList();
        this.suppress = sharing.suppress().stream().map(SuppressionRule::parse).toList();
    }

    public Filtered apply(MarcRecord record, boolean fullAccess) {
        for (SuppressionRule rule : suppress) {
            if (rule.matches(record)) {
                return new Filtered(Optional.empty(), 0);
            }
        }
        if (fullAccess || (!stripLocal && stripPatterns.isEmpty())) {
            return new Filtered(Optional.of(record), 0);
        }
        List<Field> kept = new ArrayList<>(record.fields().size());
        for (Field field : record.fields()) {
            if (!stripped(field)) {
                kept.add(field);
            }
        }
        int removed = record.fields().size() - kept.size();
        return new Filtered(Optional.of(removed == 0 ? record : record.withFields(kept)), removed);
    }

    private boolean stripped(Field field) {
        String tag = field.tag();
        if (MarcRecord.ALTERNATE_GRAPHIC_TAG.equals(tag) && field instanceof DataField d) {
            Optional<String> linked = d.linkage().map(Linkage::linkedTag);
            return linked.isPresent() && strippedTag(linked.get());
        }
        return strippedTag(tag);
    }

    private boolean strippedTag(String tag) {
        if (stripLocal && tag.length() == 3 && tag.charAt(0) == '9') {
            return true;
        }
        for (String pattern : stripPatterns) {
            if (matches(pattern, tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String tag) {
        if (pattern.length() != tag.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'X' && p != Character.toUpperCase(tag.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
