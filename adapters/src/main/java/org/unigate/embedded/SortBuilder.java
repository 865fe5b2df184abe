package org.unigate.embedded;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.Modifier;
import org.unigate.query.SortKey;

/**
 * Sort keys as a Lucene {@link Sort}: title (filing form, article skipped), author and date,
 * each ascending or descending. Records without the key sort last unless the key says
 * {@code missingLow}/{@code missingHigh}. Ties fall back to relevance, then load order, so
 * paging through a sorted result is stable.
 */
final class SortBuilder {

    static final int MAX_SORT_KEYS = 4;

    private SortBuilder() {
    }

    /** Null when there are no keys: relevance order. */
    static Sort build(List<SortKey> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        if (keys.size() > MAX_SORT_KEYS) {
            throw new DiagnosticException(Condition.TOO_MANY_SORT_KEYS, Integer.toString(keys.size()));
        }
        List<SortField> fields = new ArrayList<>();
        for (SortKey key : keys) {
            fields.add(field(key));
        }
        fields.add(SortField.FIELD_SCORE);
        fields.add(SortField.FIELD_DOC);
        return new Sort(fields.toArray(SortField[]::new));
    }

    private static SortField field(SortKey key) {
        boolean descending = key.descending();
        Boolean missingHigh = null;
        for (Modifier m : key.modifiers()) {
            switch (m.baseName()) {
                case "missinghigh" -> missingHigh = true;
                case "missinglow" -> missingHigh = false;
                case "ascending", "descending", "ignorecase", "ignoreaccents" -> { }
                default -> throw new DiagnosticException(Condition.UNSUPPORTED_SORT_PATH, key.index() + "/" + m.name());
            }
        }
        // "Last" in the requested direction unless the key says where missing values belong.
        boolean high = missingHigh != null ? missingHigh : !descending;
        return switch (key.standardIndex()) {
            case TITLE -> string(CatalogueSchema.SORT_TITLE, descending, high);
            case AUTHOR -> string(CatalogueSchema.SORT_AUTHOR, descending, high);
            case DATE -> {
                SortField date = new SortField(CatalogueSchema.SORT_DATE, SortField.Type.INT, descending);
                date.setMissingValue(high ? Integer.MAX_VALUE : Integer.MIN_VALUE);
                yield date;
            }
            default -> throw new DiagnosticException(Condition.UNSUPPORTED_SORT_PATH, key.index());
        };
    }

    private static SortField string(String field, boolean descending, boolean missingHigh) {
        SortField sort = new SortField(field, SortField.Type.STRING, descending);
        sort.setMissingValue(missingHigh ? SortField.STRING_LAST : SortField.STRING_FIRST);
        return sort;
    }
}
