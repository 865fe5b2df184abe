package org.unigate.sru;

import org.unigate.diag.Diagnostic;

/** One {@code <record>} of a searchRetrieveResponse as read, in page order: its data, or why there is none to use. */
public sealed interface SruRecord permits SruRecord.Data, SruRecord.Problem {

    /**
     * A record whose data could be lifted out.
     *
     * @param where      the record in words for reports: {@code record at position 12}, or
     *                   {@code record 3 of the page} when the peer gave no position
     * @param schema     its recordSchema, or null
     * @param identifier the peer's recordIdentifier from extraRecordData, or null
     */
    record Data(String where, String schema, String identifier, RecordData data) implements SruRecord {

        /** The report of this record left out because its data cannot be used. */
        public Diagnostic skipped(String reason) {
            return SearchRetrieveReader.skipped(where, reason);
        }
    }

    /** A surrogate diagnostic in the record's place, or a record that could not be read; the details name the record. */
    record Problem(Diagnostic diagnostic) implements SruRecord {
    }
}
