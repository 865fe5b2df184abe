package org.unigate.federation.rank;

import java.util.Optional;
import java.util.OptionalInt;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;

/**
 * A record's values for the sortable indexes: folded title without its non-filing article,
 * folded main entry (or first added entry) name, and year. Null where the record has none.
 */
record SortValues(String title, String author, Integer year) {

    static SortValues of(MarcRecord record) {
        String title = record.firstDataField("245").map(SortValues::filingTitle).map(Fold::fold).orElse(null);
        String author = mainName(record).map(Fold::fold).orElse(null);
        OptionalInt year = RecordFacts.year(record);
        return new SortValues(blankToNull(title), blankToNull(author), year.isPresent() ? year.getAsInt() : null);
    }

    private static String filingTitle(DataField field) {
        String title = field.join("ab").strip();
        int skip = Character.isDigit(field.ind2()) ? field.ind2() - '0' : 0;
        return skip > 0 && skip < title.length() ? title.substring(skip) : title;
    }

    private static Optional<String> mainName(MarcRecord record) {
        for (String tag : new String[] {"100", "110", "111", "700", "710", "711"}) {
            Optional<String> name = record.firstDataField(tag).map(f -> f.join("a").strip()).filter(s -> !s.isEmpty());
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
