package org.unigate.union;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.unigate.marc.MarcRecord;

/**
 * What was worked out about each record object of one fetch round (match keys, ranking text), by
 * identity: a record rewritten by sharing rules is another object with facts of its own. Lives
 * only as long as its round, so it needs no bound, no eviction policy and no weak references,
 * which cost a merge more than the lookups themselves. Thread-safe; a value is computed without
 * holding a lock, so a thread that loses its core never stalls another (at worst two threads
 * compute one value once each).
 */
public final class RecordMemo<V> {

    /** A record by identity: records are values with deep equality, far too costly to hash. */
    private record Identity(MarcRecord record) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.record == record;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(record);
        }
    }

    private final Map<Identity, V> values = new ConcurrentHashMap<>();

    /** The record's value, computed now if no thread has yet. */
    public V get(MarcRecord record, Function<MarcRecord, V> compute) {
        Identity key = new Identity(record);
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(record);
        V raced = values.putIfAbsent(key, computed);
        return raced == null ? computed : raced;
    }

    public void forEach(BiConsumer<MarcRecord, V> action) {
        values.forEach((key, value) -> action.accept(key.record(), value));
    }

    public int size() {
        return values.size();
    }
}
