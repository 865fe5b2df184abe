package org.unigate.federation.catalogue;

import java.time.Duration;
import java.time.Instant;

/**
 * What one refresh did.
 *
 * @param datestamp     the datestamp it gave every change; null when nothing changed
 * @param memberRecords member copies read (after sharing rules)
 * @param added         union ids given (or given back) to works
 * @param updated       union records whose copies or their content changed
 * @param deleted       union ids that became tombstones
 * @param live          union records held after the refresh
 * @param tombstones    tombstones held after the refresh
 */
public record RefreshReport(Instant datestamp, int memberRecords, int added, int updated, int deleted,
                            int live, int tombstones, Duration took) {

    public boolean changedAnything() {
        return added + updated + deleted > 0;
    }
}
