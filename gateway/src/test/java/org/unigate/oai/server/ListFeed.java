package org.unigate.oai.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.unigate.feed.ChangeFeed;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;

/** A change feed in memory, for tests of the repository independent of who implements feeds. */
final class ListFeed<T> implements ChangeFeed<T> {

    private final TreeMap<FeedPosition, FeedEntry<T>> ordered = new TreeMap<>();
    private final Map<String, FeedEntry<T>> byId = new HashMap<>();

    synchronized ListFeed<T> put(String id, Instant datestamp, T value) {
        replace(new FeedEntry<>(id, datestamp, false, value));
        return this;
    }

    synchronized ListFeed<T> delete(String id, Instant datestamp) {
        replace(new FeedEntry<>(id, datestamp, true, null));
        return this;
    }

    private void replace(FeedEntry<T> entry) {
        FeedEntry<T> old = byId.put(entry.id(), entry);
        if (old != null) {
            ordered.remove(old.position());
        }
        ordered.put(entry.position(), entry);
    }

    @Override
    public synchronized List<FeedEntry<T>> changes(Instant from, Instant until, FeedPosition after, int limit) {
        List<FeedEntry<T>> out = new ArrayList<>();
        for (FeedEntry<T> e : (after == null ? ordered : ordered.tailMap(after, false)).values()) {
            if (out.size() >= limit) {
                break;
            }
            if (within(e, from, until)) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public synchronized long count(Instant from, Instant until) {
        return ordered.values().stream().filter(e -> within(e, from, until)).count();
    }

    @Override
    public synchronized Optional<FeedEntry<T>> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Instant> earliestDatestamp() {
        return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.firstKey().datestamp());
    }

    private static boolean within(FeedEntry<?> e, Instant from, Instant until) {
        return (from == null || !e.datestamp().isBefore(from)) && (until == null || !e.datestamp().isAfter(until));
    }
}
