package org.unigate.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** A place in a {@link ChangeFeed}'s (datestamp, id) order: a list resumes strictly after it. */
public record FeedPosition(Instant datestamp, String id) implements Comparable<FeedPosition> {

    private static final Comparator<FeedPosition> ORDER =
            Comparator.comparing(FeedPosition::datestamp).thenComparing(FeedPosition::id);

    public FeedPosition {
        Objects.requireNonNull(datestamp, "datestamp");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(FeedPosition other) {
        return ORDER.compare(this, other);
    }
}
