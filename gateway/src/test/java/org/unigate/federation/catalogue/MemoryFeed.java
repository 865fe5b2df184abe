package org.unigate.federation.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unigate.feed.ChangeFeed;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.marc.MarcRecord;

/** A member's change feed held in memory, as the tests drive it: put, replace, delete. */
final class MemoryFeed implements ChangeFeed<MarcRecord> {

    private final Clock clock;
    private final Map<String, FeedEntry<MarcRecord>> entries = new HashMap<>();

    MemoryFeed(Clock clock) {
        this.clock = clock;
    }

    synchronized MemoryFeed put(String id, MarcRecord record) {
        entries.put(id, new FeedEntry<>(id, clock.instant(), false, record));
        return this;
    }

    synchronized MemoryFeed delete(String id) {
        entries.put(id, new FeedEntry<>(id, clock.instant(), true, null));
        return this;
    }

    private synchronized List<FeedEntry<MarcRecord>> ordered(Instant from, Instant until) {
        List<FeedEntry<MarcRecord>> out = new ArrayList<>();
        for (FeedEntry<MarcRecord> e : entries.values()) {
            if ((from == null || !e.datestamp().isBefore(from)) && (until == null || !e.datestamp().isAfter(until))) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparing(FeedEntry::position));
        return out;
    }

    @Override
    public List<FeedEntry<MarcRecord>> changes(Instant from, Instant until, FeedPosition after, int limit) {
        return ordered(from, until).stream()
                .filter(e -> after == null || e.position().compareTo(after) > 0).limit(limit).toList();
    }

    @Override
    public long count(Instant from, Instant until) {
        return ordered(from, until).size();
    }

    @Override
    public synchronized Optional<FeedEntry<MarcRecord>> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public Optional<Instant> earliestDatestamp() {
        return ordered(null, null).stream().findFirst().map(FeedEntry::datestamp);
    }
}
