package org.unigate.federation.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unigate.feed.FeedPosition;

/**
 * An immutable snapshot of the catalogue: every union id ever given, in (datestamp, id) order,
 * with lookups by id and by copy. Readers work on one snapshot while a refresh builds the next.
 */
final class UnionState {

    static final UnionState EMPTY = new UnionState(List.of());

    private static final Comparator<UnionEntry> ORDER =
            Comparator.comparing(UnionEntry::datestamp).thenComparing(UnionEntry::unionId);

    private final List<UnionEntry> ordered;
    private final Map<String, UnionEntry> byId;
    private final Map<CopyKey, String> liveIdOfCopy;
    private final int tombstones;

    private UnionState(List<UnionEntry> entries) {
        List<UnionEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.ordered = List.copyOf(sorted);
        this.byId = new HashMap<>(entries.size() * 2);
        this.liveIdOfCopy = new HashMap<>(entries.size() * 3);
        int dead = 0;
        for (UnionEntry e : ordered) {
            if (byId.put(e.unionId(), e) != null) {
                throw new IllegalArgumentException("union id given twice: " + e.unionId());
            }
            dead += e.deleted() ? 1 : 0;
            for (CopyKey copy : e.copies()) {
                if (liveIdOfCopy.put(copy, e.unionId()) != null) {
                    throw new IllegalArgumentException("copy in two union records: " + copy);
                }
            }
        }
        this.tombstones = dead;
    }

    static UnionState of(List<UnionEntry> entries) {
        return entries.isEmpty() ? EMPTY : new UnionState(entries);
    }

    List<UnionEntry> ordered() {
        return ordered;
    }

    Optional<UnionEntry> get(String unionId) {
        return Optional.ofNullable(byId.get(unionId));
    }

    /** The live union id that holds this copy, or null. */
    String liveIdOf(CopyKey copy) {
        return liveIdOfCopy.get(copy);
    }

    int live() {
        return ordered.size() - tombstones;
    }

    int tombstones() {
        return tombstones;
    }

    Optional<Instant> earliest() {
        return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(0).datestamp());
    }

    Optional<Instant> latest() {
        return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1).datestamp());
    }

    /** Entries with {@code from <= datestamp <= until}, strictly after {@code after}, at most {@code limit}. */
    List<UnionEntry> page(Instant from, Instant until, FeedPosition after, int limit) {
        int start = start(from, after);
        int end = end(until);
        return start >= end ? List.of() : ordered.subList(start, Math.min(end, start + limit));
    }

    long count(Instant from, Instant until) {
        return Math.max(0, end(until) - start(from, null));
    }

    private int start(Instant from, FeedPosition after) {
        int start = from == null ? 0 : firstAtOrAfter(from);
        if (after != null) {
            start = Math.max(start, firstAfter(after));
        }
        return start;
    }

    private int end(Instant until) {
        return until == null ? ordered.size() : firstAfter(until);
    }

    private int firstAtOrAfter(Instant t) {
        return search(e -> e.datestamp().compareTo(t) >= 0);
    }

    private int firstAfter(Instant t) {
        return search(e -> e.datestamp().compareTo(t) > 0);
    }

    private int firstAfter(FeedPosition p) {
        return search(e -> new FeedPosition(e.datestamp(), e.unionId()).compareTo(p) > 0);
    }

    /** The first index whose entry passes {@code test}, which holds for a suffix of the order. */
    private int search(java.util.function.Predicate<UnionEntry> test) {
        int lo = 0;
        int hi = ordered.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (test.test(ordered.get(mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
