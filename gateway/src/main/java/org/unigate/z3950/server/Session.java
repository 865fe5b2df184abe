package org.unigate.z3950.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unigate.query.SearchQuery;
import org.unigate.z3950.Bib1;

/**
 * What one Z39.50 association has agreed and created: the Init parameters and the named result
 * sets. Requests of a session are answered one after another, but not always on one thread, so
 * access is synchronised.
 */
final class Session {

    /** What Init settled; null until then. */
    record Agreed(boolean version3, int preferredMessageSize, int exceptionalRecordSize, String user) {
    }

    /**
     * A result set as this session names it: the engine's set behind it, what it searched and
     * where, and the hit count the client was told (present positions are checked against it).
     */
    record NamedSet(String name, String engineId, SearchQuery query, List<String> memberIds, String database,
                    long count) {
        NamedSet {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(engineId, "engineId");
            Objects.requireNonNull(query, "query");
            memberIds = List.copyOf(memberIds);
        }
    }

    private final int maxResultSets;
    private final Map<String, NamedSet> sets = new LinkedHashMap<>();
    private Agreed agreed;

    Session(int maxResultSets) {
        this.maxResultSets = maxResultSets;
    }

    synchronized Agreed agreed() {
        return agreed;
    }

    synchronized void agree(Agreed v) {
        this.agreed = Objects.requireNonNull(v, "agreed");
    }

    synchronized boolean initialised() {
        return agreed != null;
    }

    synchronized Optional<NamedSet> set(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    synchronized boolean has(String name) {
        return sets.containsKey(name);
    }

    /** Fails with diagnostic 112 if the name is new and the session already holds its share of sets. */
    synchronized void checkRoomFor(String name) {
        if (!sets.containsKey(name) && sets.size() >= maxResultSets) {
            throw Bib1.failure(Bib1.TOO_MANY_RESULT_SETS, "at most " + maxResultSets + " named result sets");
        }
    }

    synchronized void put(NamedSet set) {
        checkRoomFor(set.name());
        sets.put(set.name(), set);
    }

    synchronized boolean remove(String name) {
        return sets.remove(name) != null;
    }

    synchronized List<String> names() {
        return new ArrayList<>(sets.keySet());
    }

    synchronized void clear() {
        sets.clear();
    }
}
