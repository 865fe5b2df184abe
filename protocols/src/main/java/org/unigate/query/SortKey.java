package org.unigate.query;

import java.util.List;
import java.util.Objects;

/**
 * One sort key: an index and CQL sort modifiers ({@code sort.ascending}, {@code sort.descending},
 * {@code sort.missingHigh}, ...).
 */
public record SortKey(String index, List<Modifier> modifiers) {

    public SortKey {
        Objects.requireNonNull(index, "index");
        modifiers = List.copyOf(modifiers);
    }

    public static SortKey ascending(String index) {
        return new SortKey(index, List.of());
    }

    public static SortKey descending(String index) {
        return new SortKey(index, List.of(Modifier.of("sort.descending")));
    }

    public boolean descending() {
        return Modifier.find(modifiers, "descending").isPresent();
    }

    public StandardIndex standardIndex() {
        return StandardIndex.of(index);
    }
}
