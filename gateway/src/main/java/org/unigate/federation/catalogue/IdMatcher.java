package org.unigate.federation.catalogue;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which clusters keep which existing union ids, so ids stick to works as members add and
 * drop copies. Every old id proposes to the clusters that took its copies, the one with most of
 * them first (a split: the biggest part keeps the id); a cluster offered several ids keeps the
 * oldest (a merge: the older id survives). This is Gale-Shapley's stable matching, so no id and
 * cluster would both rather be matched to each other than to what they got, and the outcome does
 * not depend on the order clusters came in.
 */
final class IdMatcher {

    private IdMatcher() {
    }

    /** For each cluster index, the old id it keeps, or null when it needs a new one. */
    static String[] match(UnionState old, List<Cluster> clusters) {
        Map<String, Map<Integer, Integer>> overlaps = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (CopyKey copy : clusters.get(c).copies()) {
                String oldId = old.liveIdOf(copy);
                if (oldId != null) {
                    overlaps.computeIfAbsent(oldId, k -> new HashMap<>()).merge(c, 1, Integer::sum);
                }
            }
        }
        Map<String, List<Integer>> preferences = new HashMap<>();
        overlaps.forEach((id, counts) -> preferences.put(id, preferenceOrder(counts, clusters)));
        return stableMatch(old, preferences, clusters.size());
    }

    private static List<Integer> preferenceOrder(Map<Integer, Integer> counts, List<Cluster> clusters) {
        List<Integer> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.<Integer>comparingInt(c -> -counts.get(c))
                .thenComparing(c -> clusters.get(c).first()));
        return order;
    }

    private static String[] stableMatch(UnionState old, Map<String, List<Integer>> preferences, int clusterCount) {
        Comparator<String> older = Comparator.<String, Instant>comparing(id -> old.get(id).orElseThrow().born())
                .thenComparing(Comparator.naturalOrder());
        String[] holder = new String[clusterCount];
        Map<String, Integer> nextChoice = new HashMap<>();
        // Sorted so that a run over the same state is reproducible step by step, not only in outcome.
        Deque<String> free = new ArrayDeque<>(preferences.keySet().stream().sorted(older).toList());
        while (!free.isEmpty()) {
            String id = free.poll();
            List<Integer> choices = preferences.get(id);
            int n = nextChoice.merge(id, 1, Integer::sum) - 1;
            if (n >= choices.size()) {
                continue; // every cluster it could keep went to an older id: it becomes a tombstone
            }
            int cluster = choices.get(n);
            String current = holder[cluster];
            if (current == null) {
                holder[cluster] = id;
            } else if (older.compare(id, current) < 0) {
                holder[cluster] = id;
                free.add(current);
            } else {
                free.add(id);
            }
        }
        return holder;
    }
}
