package org.unigate.federation;

import org.unigate.union.UnionRecord;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.unigate.federation.rank.RecordFacts;

/** Facets over a union result's records: holding member, language, decade and format. */
final class FacetCounter {

    static final int MAX_VALUES = 100;

    private FacetCounter() {
    }

    static List<Facet> count(List<UnionRecord> records) {
        Map<String, Long> members = new HashMap<>();
        Map<String, Long> languages = new HashMap<>();
        Map<String, Long> decades = new HashMap<>();
        Map<String, Long> formats = new HashMap<>();
        for (UnionRecord record : records) {
            for (String member : record.holdingMembers()) {
                members.merge(member, 1L, Long::sum);
            }
            try {
                RecordFacts.language(record.record()).ifPresent(l -> languages.merge(l, 1L, Long::sum));
                OptionalInt year = RecordFacts.year(record.record());
                if (year.isPresent()) {
                    decades.merge((year.getAsInt() / 10 * 10) + "s", 1L, Long::sum);
                }
                formats.merge(RecordFacts.format(record.record()), 1L, Long::sum);
            } catch (RuntimeException garbled) {
                // A record whose coded data cannot be read is counted under no value.
            }
        }
        return List.of(facet(Facet.MEMBER, members), facet(Facet.LANGUAGE, languages),
                facet(Facet.DECADE, decades), facet(Facet.FORMAT, formats));
    }

    private static Facet facet(String name, Map<String, Long> counts) {
        List<Facet.Value> values = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VALUES)
                .map(e -> new Facet.Value(e.getKey(), e.getValue()))
                .toList();
        return new Facet(name, values);
    }
}
