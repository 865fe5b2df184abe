package org.unigate.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * One record's latest state in a {@link ChangeFeed}: present, or deleted (kept as a tombstone so
 * harvesters learn of the deletion).
 *
 * @param value the record; null exactly when {@code deleted}
 */
public record FeedEntry<T>(String id, Instant datestamp, boolean deleted, T value) {

    public FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(datestamp, "datestamp");
        if (deleted != (value == null)) {
            throw new IllegalArgumentException("a deleted entry has no value, a present one has one: " + id);
        }
    }

    public FeedPosition position() {
        return new FeedPosition(datestamp, id);
    }
}
