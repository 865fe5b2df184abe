package org.unigate.embedded;

import java.util.Locale;
import org.unigate.query.StandardIndex;

/**
 * The Lucene fields behind each {@link StandardIndex}. Word indexes have an analysed field for
 * word and phrase searches plus an {@code .exact} keyword field holding each whole value in
 * {@link ExactForms} form; identifier indexes have only the keyword field, holding normalised
 * keys; the date index is a numeric point field plus the year as a keyword for masked searches.
 */
final class CatalogueSchema {

    /** How an index is searched. */
    enum Kind { WORDS, KEYS, YEAR }

    static final String LOCAL_ID = "localId";
    static final String RECORD = "record";
    static final String DATE_POINT = "date.point";
    static final String SORT_TITLE = "sort.title";
    static final String SORT_AUTHOR = "sort.author";
    static final String SORT_DATE = "sort.date";

    /** When the record last changed, in epoch seconds: a point, a sort value and a stored value. */
    static final String DATESTAMP = "datestamp";
    /** The localId again as a sort value: the change feed's tie-break. */
    static final String LOCAL_ID_SORT = "localId.sort";
    /** Marks a tombstone: a deleted record remembered for the change feed, invisible to searches. */
    static final String DELETED = "deleted";
    static final String DELETED_YES = "y";

    private CatalogueSchema() {
    }

    static Kind kind(StandardIndex index) {
        return switch (index) {
            case ANY, TITLE, AUTHOR, SUBJECT, PUBLISHER -> Kind.WORDS;
            case DATE -> Kind.YEAR;
            case ISBN, ISSN, IDENTIFIER, LANGUAGE, LOCAL_NUMBER, LCCN, OCLC -> Kind.KEYS;
            case UNKNOWN -> throw new IllegalArgumentException("no field for an unknown index");
        };
    }

    /** The analysed field of a word index. */
    static String words(StandardIndex index) {
        return base(index);
    }

    /** The keyword field: whole values of word indexes, keys of identifier indexes, years. */
    static String exact(StandardIndex index) {
        return base(index) + ".exact";
    }

    private static String base(StandardIndex index) {
        if (index == StandardIndex.UNKNOWN) {
            throw new IllegalArgumentException("no field for an unknown index");
        }
        return index.name().toLowerCase(Locale.ROOT);
    }
}
