package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Groups records into clusters with union-find over key buckets, so the work is linear in the
 * number of keys rather than quadratic in records. Strong identifiers link first, most specific
 * first (OCLC, LCCN, ISSN, ISBN); descriptive keys link last and only clusters whose identifiers
 * of one kind do not disagree.
 */
final class RecordClusterer {

    /**
     * Within one bucket a record tries the clusters of at most this many earlier records, and
     * four times as many records in all: a key shared by thousands (a publisher's placeholder
     * ISBN) costs linear time, not quadratic.
     */
    static final int MAX_TRIES = 16;

    private final List<MatchKeys> keys;
    private final UnionFind sets;
    /** Per cluster root: the identifiers of every member, for the descriptive disagreement check. */
    private final Map<Integer, ClusterIds> ids = new HashMap<>();

    private RecordClusterer(List<MatchKeys> keys) {
        this.keys = keys;
        this.sets = new UnionFind(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            ids.put(i, ClusterIds.of(keys.get(i)));
        }
    }

    /** For each record, the index of the first record of its cluster. */
    static int[] cluster(List<MatchKeys> keys) {
        RecordClusterer c = new RecordClusterer(keys);
        // Same OCLC number: the same master record, whatever local edits say about the title.
        c.link(MatchKeys::oclcNumbers, MatchRules::sameManifestation);
        c.link(MatchKeys::lccns, (a, b) -> strongPair(a, b) && MatchRules.publishersAgree(a, b));
        c.link(MatchKeys::issns, RecordClusterer::strongPair);
        c.link(MatchKeys::allIsbns, RecordClusterer::strongPair);
        c.linkDescriptive();
        return c.firstOfCluster();
    }

    private static boolean strongPair(RecordTraits a, RecordTraits b) {
        return MatchRules.sameManifestation(a, b) && MatchRules.titlesAgree(a, b);
    }

    private void link(Function<MatchKeys, Set<String>> kind, BiPredicate<RecordTraits, RecordTraits> rule) {
        Map<String, List<Integer>> buckets = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String k : kind.apply(keys.get(i))) {
                buckets.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
            }
        }
        for (List<Integer> bucket : buckets.values()) {
            linkBucket(bucket, (i, j) -> rule.test(keys.get(i).traits(), keys.get(j).traits()));
        }
    }

    private void linkDescriptive() {
        Map<String, List<Integer>> buckets = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (DescriptiveKey k : keys.get(i).descriptive()) {
                List<Integer> bucket = buckets.computeIfAbsent(k.value(), x -> new ArrayList<>(2));
                if (bucket.isEmpty() || bucket.get(bucket.size() - 1) != i) {
                    bucket.add(i);
                }
            }
        }
        for (List<Integer> bucket : buckets.values()) {
            linkBucket(bucket, (i, j) -> MatchRules.sameDescribedManifestation(keys.get(i).traits(),
                    keys.get(j).traits()) && !ids.get(sets.find(i)).disagrees(ids.get(sets.find(j))));
        }
    }

    private interface IndexRule {
        boolean test(int i, int j);
    }

    /** Each record joins the first earlier record of the bucket that the rule accepts. */
    private void linkBucket(List<Integer> bucket, IndexRule rule) {
        for (int k = 1; k < bucket.size(); k++) {
            int i = bucket.get(k);
            Set<Integer> triedRoots = new HashSet<>();
            for (int m = 0; m < k && m < 4 * MAX_TRIES && triedRoots.size() < MAX_TRIES; m++) {
                int j = bucket.get(m);
                if (sets.connected(i, j)) {
                    break;
                }
                if (triedRoots.add(sets.find(j)) && rule.test(i, j)) {
                    union(i, j);
                    break;
                }
            }
        }
    }

    private void union(int i, int j) {
        ClusterIds a = ids.remove(sets.find(i));
        ClusterIds b = ids.remove(sets.find(j));
        int root = sets.union(i, j);
        ids.put(root, a.plus(b));
    }

    private int[] firstOfCluster() {
        int[] out = new int[keys.size()];
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            int index = i;
            out[i] = first.computeIfAbsent(sets.find(i), root -> index);
        }
        return out;
    }

    /** The identifiers a cluster has gathered, by kind; $z ISBNs are left out as unreliable. */
    private record ClusterIds(Set<String> isbns, Set<String> issns, Set<String> oclcs, Set<String> lccns) {

        static ClusterIds of(MatchKeys k) {
            return new ClusterIds(k.isbns(), k.issns(), k.oclcNumbers(), k.lccns());
        }

        ClusterIds plus(ClusterIds o) {
            return new ClusterIds(union(isbns, o.isbns), union(issns, o.issns), union(oclcs, o.oclcs),
                    union(lccns, o.lccns));
        }

        /** Both sides have identifiers of one kind and share none of them. */
        boolean disagrees(ClusterIds o) {
            return disjoint(isbns, o.isbns) || disjoint(issns, o.issns) || disjoint(oclcs, o.oclcs)
                    || disjoint(lccns, o.lccns);
        }

        private static boolean disjoint(Set<String> a, Set<String> b) {
            return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            if (b.isEmpty()) {
                return a;
            }
            if (a.isEmpty()) {
                return b;
            }
            Set<String> out = new HashSet<>(a);
            out.addAll(b);
            return out;
        }
    }
}
