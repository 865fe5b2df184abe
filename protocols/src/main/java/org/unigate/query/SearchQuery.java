package org.unigate.query;

import java.util.List;
import java.util.Objects;

/** A whole query as a front end receives it: the tree and its sort keys (CQL {@code sortBy}, Z39.50 Sort). */
public record SearchQuery(Query root, List<SortKey> sortKeys) {

    public SearchQuery {
        Objects.requireNonNull(root, "root");
        sortKeys = List.copyOf(sortKeys);
    }

    public static SearchQuery of(Query root) {
        return new SearchQuery(root, List.of());
    }

    public SearchQuery withSortKeys(List<SortKey> keys) {
        return new SearchQuery(root, keys);
    }
}
