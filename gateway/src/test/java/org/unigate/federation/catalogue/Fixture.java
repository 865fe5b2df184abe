package org.unigate.federation.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.member.Sharing;
import org.unigate.testing.TestClock;

/** A consortium of in-memory member feeds and a union catalogue kept in a test's folder. */
final class Fixture {

    final Path folder;
    final Clock clock;
    private final Map<String, MemoryFeed> feeds = new LinkedHashMap<>();
    private final Map<String, Sharing> sharing = new HashMap<>();

    Fixture(Path folder) {
        this(folder, TestClock.ticking(Instant.parse("2024-01-01T00:00:00Z"), Duration.ofSeconds(1)));
    }

    Fixture(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    MemoryFeed member(String id) {
        return feeds.computeIfAbsent(id, k -> new MemoryFeed(clock));
    }

    Fixture sharing(String memberId, Sharing rules) {
        member(memberId);
        sharing.put(memberId, rules);
        return this;
    }

    List<CatalogueMember> members() {
        List<CatalogueMember> out = new ArrayList<>();
        feeds.forEach((id, feed) -> out.add(new CatalogueMember(id, feed, sharing.get(id))));
        return out;
    }

    UnionCatalogue open() throws IOException {
        return UnionCatalogue.open(folder, members(), new ClusteringDeduplicator(), clock, null);
    }

    /** Every entry, read in pages of {@code pageSize}. */
    static List<FeedEntry<UnionRecord>> all(UnionCatalogue catalogue, int pageSize) {
        try {
            List<FeedEntry<UnionRecord>> out = new ArrayList<>();
            FeedPosition after = null;
            for (List<FeedEntry<UnionRecord>> page = catalogue.changes(null, null, null, pageSize); !page.isEmpty();
                 page = catalogue.changes(null, null, after, pageSize)) {
                out.addAll(page);
                after = page.get(page.size() - 1).position();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<FeedEntry<UnionRecord>> all(UnionCatalogue catalogue) {
        return all(catalogue, 100);
    }

    /** For every copy a live union record holds, that record's id. */
    static Map<String, String> idsByCopy(UnionCatalogue catalogue) {
        Map<String, String> out = new HashMap<>();
        for (FeedEntry<UnionRecord> e : all(catalogue)) {
            if (!e.deleted()) {
                for (HeldBy h : e.value().heldBy()) {
                    out.put(h.memberId() + ":" + h.localId(), e.id());
                }
            }
        }
        return out;
    }

    /** Union id to datestamp, tombstones included. */
    static Map<String, Instant> datestamps(UnionCatalogue catalogue) {
        Map<String, Instant> out = new HashMap<>();
        all(catalogue).forEach(e -> out.put(e.id(), e.datestamp()));
        return out;
    }

    static FeedEntry<UnionRecord> entry(UnionCatalogue catalogue, String id) {
        try {
            return catalogue.entry(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
