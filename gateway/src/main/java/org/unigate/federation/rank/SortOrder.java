package org.unigate.federation.rank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.unigate.query.SortKey;
import org.unigate.query.StandardIndex;

/**
 * The order of a union result: the query's sort keys on title, author and date, else relevance.
 * Ties always fall back to relevance and then the union id, so the same records come out in the
 * same order every time and paging through them is stable. Missing values sort last unless the
 * key says {@code missingLow} or {@code missingHigh}. Keys on other indexes are reported as
 * unsupported rather than quietly ignored.
 */
public final class SortOrder {

    public static final SortOrder RELEVANCE = new SortOrder(List.of(), List.of());

    private enum Missing { LAST, LOW, HIGH }

    private record Key(StandardIndex index, boolean descending, Missing missing) {
    }

    private final List<Key> keys;
    private final List<SortKey> unsupported;

    private SortOrder(List<Key> keys, List<SortKey> unsupported) {
        this.keys = List.copyOf(keys);
        this.unsupported = List.copyOf(unsupported);
    }

    public static SortOrder of(List<SortKey> sortKeys) {
        List<Key> keys = new ArrayList<>();
        List<SortKey> unsupported = new ArrayList<>();
        for (SortKey key : sortKeys) {
            StandardIndex index = key.standardIndex();
            if (index == StandardIndex.TITLE || index == StandardIndex.AUTHOR || index == StandardIndex.DATE) {
                keys.add(new Key(index, key.descending(), missing(key)));
            } else {
                unsupported.add(key);
            }
        }
        return new SortOrder(keys, unsupported);
    }

    public boolean byRelevance() {
        return keys.isEmpty();
    }

    /** Sort keys that were asked for but cannot be applied (ignored, and to be reported). */
    public List<SortKey> unsupported() {
        return unsupported;
    }

    Comparator<Ranked> comparator() {
        Comparator<Ranked> order = (a, b) -> 0;
        for (Key key : keys) {
            order = order.thenComparing(switch (key.index()) {
                case TITLE -> compare(key, r -> r.values().title());
                case AUTHOR -> compare(key, r -> r.values().author());
                default -> compare(key, r -> r.values().year());
            });
        }
        return order.thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                .thenComparing(r -> r.record().unionId());
    }

    private static <T extends Comparable<T>> Comparator<Ranked> compare(Key key, Function<Ranked, T> value) {
        return (a, b) -> {
            T x = value.apply(a);
            T y = value.apply(b);
            if (x == null || y == null) {
                return x == y ? 0 : missingOrder(key, x == null);
            }
            int c = x.compareTo(y);
            return key.descending() ? -c : c;
        };
    }

    /** Where a record without the value goes, relative to one that has it. */
    private static int missingOrder(Key key, boolean firstIsMissing) {
        int last = firstIsMissing ? 1 : -1;
        return switch (key.missing()) {
            case LAST -> last;
            case LOW -> key.descending() ? last : -last;
            case HIGH -> key.descending() ? -last : last;
        };
    }

    private static Missing missing(SortKey key) {
        boolean low = key.modifiers().stream().anyMatch(m -> m.baseName().equals("missinglow"));
        boolean high = key.modifiers().stream().anyMatch(m -> m.baseName().equals("missinghigh"));
        return low ? Missing.LOW : high ? Missing.HIGH : Missing.LAST;
    }
}
