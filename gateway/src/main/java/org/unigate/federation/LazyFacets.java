package org.unigate.federation;

import org.unigate.union.UnionRecord;
import java.util.AbstractList;
import java.util.List;

/**
 * A result's facets, counted the first time anyone reads them. Most union searches are never
 * asked for facets (only SRU 2.0 clients and the dashboard do), and counting them on every
 * commit sat on the path of every search. Immutable: the records it counts never change.
 */
final class LazyFacets extends AbstractList<Facet> {

    private final List<UnionRecord> records;
    private volatile List<Facet> counted;

    LazyFacets(List<UnionRecord> records) {
        this.records = List.copyOf(records);
    }

    private List<Facet> counted() {
        List<Facet> facets = counted;
        if (facets == null) {
            facets = FacetCounter.count(records); // two racing readers count alike
            counted = facets;
        }
        return facets;
    }

    @Override
    public Facet get(int index) {
        return counted().get(index);
    }

    @Override
    public int size() {
        return counted().size();
    }
}
