package org.unigate.feed;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records held locally, each with the time it last changed, deletions included: what an OAI-PMH
 * provider lists and what an incremental harvester or the union catalogue follows. Entries are
 * ordered by (datestamp, id), so a list can resume strictly after any entry it returned.
 *
 * @param <T> what an entry carries: a member's MARC record, or a union record
 */
public interface ChangeFeed<T> {

    /**
     * Entries with {@code from <= datestamp <= until} (a null bound is open), in (datestamp, id)
     * order, strictly after {@code after} (null = from the start), at most {@code limit}.
     */
    List<FeedEntry<T>> changes(Instant from, Instant until, FeedPosition after, int limit) throws IOException;

    /** How many entries {@link #changes} would list from the start with the same bounds. */
    long count(Instant from, Instant until) throws IOException;

    /** The entry for one id, deleted or not; empty if the feed never held it. */
    Optional<FeedEntry<T>> entry(String id) throws IOException;

    /** The oldest datestamp of any entry; empty while the feed is empty. */
    Optional<Instant> earliestDatestamp() throws IOException;
}
