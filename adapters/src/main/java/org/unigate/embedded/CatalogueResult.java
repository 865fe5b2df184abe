package org.unigate.embedded;

import java.util.List;
import java.util.Objects;
import org.unigate.marc.MarcRecord;

/** What a catalogue search found: the total hit count and the records of the slice asked for. */
public record CatalogueResult(long hits, List<Hit> records) {

    /** A record and the id the catalogue holds it under. */
    public record Hit(String localId, MarcRecord record) {
        public Hit {
            Objects.requireNonNull(localId, "localId");
            Objects.requireNonNull(record, "record");
        }
    }

    public CatalogueResult {
        records = List.copyOf(records);
    }
}
