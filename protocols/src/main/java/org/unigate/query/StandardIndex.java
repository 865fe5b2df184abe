package org.unigate.query;

import java.util.Locale;
import java.util.Map;
import java.util.HashMap;

/**
 * What an index means, whatever the context set it was spelled in. Adapters and the
 * federation engine work with these; unknown indexes map to {@link #UNKNOWN} and are
 * reported with a diagnostic, never silently widened.
 */
public enum StandardIndex {
    ANY("cql.serverChoice", "cql.anywhere", "cql.keywords", "dc.anywhere", "any", "keyword", "keywords", "serverchoice", "anywhere", "text", "rec.text", "bib.anywhere"),
    TITLE("dc.title", "title", "bath.title", "bib.title", "rec.title", "ti"),
    AUTHOR("dc.creator", "dc.author", "dc.contributor", "author", "creator", "bath.name", "bath.author", "bath.personalname", "bath.corporatename", "bib.name", "name", "au"),
    SUBJECT("dc.subject", "subject", "bath.subject", "bib.subject", "su"),
    ISBN("bath.isbn", "isbn", "bib.isbn", "dc.isbn"),
    ISSN("bath.issn", "issn", "bib.issn", "dc.issn"),
    IDENTIFIER("dc.identifier", "identifier", "bath.standardidentifier", "bib.identifier"),
    DATE("dc.date", "date", "year", "bath.date", "bib.date", "bib.datepublication", "rec.date"),
    PUBLISHER("dc.publisher", "publisher", "bath.publisher", "bib.publisher"),
    LANGUAGE("dc.language", "language", "bib.language", "lang"),
    LOCAL_NUMBER("rec.id", "local", "localnumber", "bath.localnumber", "bib.controlnumber", "rec.identifier", "id"),
    LCCN("bath.lccn", "lccn", "bib.lccn"),
    OCLC("oclc", "bib.oclc", "rec.oclc"),
    UNKNOWN();

    private static final Map<String, StandardIndex> BY_NAME = new HashMap<>();

    static {
        for (StandardIndex index : values()) {
            for (String name : index.names) {
                BY_NAME.put(name.toLowerCase(Locale.ROOT), index);
            }
        }
    }

    private final String[] names;

    StandardIndex(String... names) {
        this.names = names;
    }

    /** The preferred CQL name, e.g. {@code dc.title}; null for {@link #UNKNOWN}. */
    public String cqlName() {
        return names.length == 0 ? null : names[0];
    }

    public static StandardIndex of(String cqlIndex) {
        if (cqlIndex == null) {
            return UNKNOWN;
        }
        return BY_NAME.getOrDefault(cqlIndex.toLowerCase(Locale.ROOT), UNKNOWN);
    }
}
