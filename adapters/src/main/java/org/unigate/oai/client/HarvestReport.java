package org.unigate.oai.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one harvest did.
 *
 * @param full           whether it listed everything rather than changes since the last harvest
 * @param from           the lower bound it asked for, null for a full list
 * @param requests       HTTP requests made, retries included
 * @param pages          list pages applied to the catalogue (each committed with the progress)
 * @param added          records new to the catalogue (or revived after a deletion)
 * @param updated        records that replaced a different version
 * @param unchanged      records listed again exactly as held (a re-listed boundary, a second set)
 * @param deleted        deletions recorded as tombstones
 * @param skippedCount   records left out as unusable
 * @param skipped        the first of those, with identifier and reason
 * @param earliestChange the oldest datestamp among the records written, for followers of the
 *                       catalogue's change feed (provider datestamps need not arrive in order);
 *                       null when nothing changed
 * @param highWater      the highest datestamp harvested so far: the next harvest's {@code from}
 * @param failure        why the harvest stopped early, or null when it completed
 */
public record HarvestReport(String memberId, String metadataPrefix, boolean full, Instant from, Instant started,
                            Duration duration, int requests, int pages, long added, long updated, long unchanged,
                            long deleted, long skippedCount, List<SkippedRecord> skipped, Instant earliestChange,
                            Instant highWater, String failure) {

    /** A record that could not be used, and why; identifier null when it was unreadable too. */
    public record SkippedRecord(String identifier, String reason) {
    }

    public HarvestReport {
        skipped = List.copyOf(skipped);
    }

    public boolean complete() {
        return failure == null;
    }

    /** Records written: added, updated and deleted. */
    public long changed() {
        return added + updated + deleted;
    }

    /** One line for logs and the command line. */
    public String summary() {
        return String.format("%s: %s harvest %s in %d ms: %d pages, %d requests, %d added, %d updated, %d unchanged,"
                        + " %d deleted, %d skipped%s", memberId, full ? "full" : "incremental",
                complete() ? "complete" : "stopped", duration.toMillis(), pages, requests, added, updated, unchanged,
                deleted, skippedCount, complete() ? "" : " (" + failure + ")");
    }
}
