package org.unigate.oai.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.unigate.marc.MarcRecord;

/**
 * One ListRecords answer: the records read, the ones refused (with why), and where the list
 * goes on. An OAI-PMH error ({@code noRecordsMatch}, {@code badResumptionToken}, ...) comes as
 * {@code errorCode} with no records.
 *
 * @param resumptionToken null or empty when the list is complete
 * @param completeListSize the provider's count for the whole list, or -1 when it gave none
 */
record OaiPage(List<Item> records, List<Skipped> skipped, String resumptionToken, long completeListSize,
               String errorCode, String errorMessage) {

    /** A record as harvested; {@code record} is null exactly when deleted. */
    record Item(String identifier, Instant datestamp, boolean deleted, MarcRecord record) {
        Item {
            Objects.requireNonNull(identifier, "identifier");
            Objects.requireNonNull(datestamp, "datestamp");
        }
    }

    /** A record left out, and why; the identifier is null when even that was unreadable. */
    record Skipped(String identifier, String reason) {
    }

    OaiPage {
        records = List.copyOf(records);
        skipped = List.copyOf(skipped);
    }

    static OaiPage error(String code, String message) {
        return new OaiPage(List.of(), List.of(), null, -1, code, message);
    }

    boolean hasMore() {
        return resumptionToken != null && !resumptionToken.isEmpty();
    }
}
