package org.unigate.z3950;

import java.util.Objects;

/** One response record: the database it came from (optional) and the record or its diagnostic. */
public record NamePlusRecord(String databaseName, Content content) {

    public NamePlusRecord {
        Objects.requireNonNull(content, "content");
    }

    /** A retrieval record or a surrogate diagnostic standing in for it. */
    public sealed interface Content permits RetrievalRecord, SurrogateDiagnostic {
    }
}
