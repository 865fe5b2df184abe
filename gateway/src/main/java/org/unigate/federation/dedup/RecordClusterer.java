package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
    private final ClusterIds[] ids;

    private RecordClusterer(List<MatchKeys> keys) {
        this.keys = keys;
        this.sets = new UnionFind(keys.size());
        this.ids = new ClusterIds[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            ids[i] = ClusterIds.of(keys.get(i));
        }
    }

    /** For each record, the index of the first record of its cluster. */
    static int[] cluster(List<MatchKeys> keys) {
        RecordClusterer c = new RecordClusterer(keys);
        // Same OCLC number: the same master record, whatever local edits say about the title.
        c.link(MatchKeys::oclcNumbers, MatchRules::sameManifestation);
        c.link(MatchKeys::lccns, (a, b) -> strongPair(a, b) && MatchRules.publishersAgree(a, b));
        c.link(MatchKeys::issns, RecordClusterer::strongPair);
        c.link(RecordClusterer::isbns, RecordClusterer::strongPair);
        c.linkDescriptive();
        return c.firstOfCluster();
    }

    /** $a and $z ISBNs, without building a set for the many records that have no $z. */
    private static Collection<String> isbns(MatchKeys k) {
        return k.otherIsbns().isEmpty() ? k.isbns() : k.allIsbns();
    }

    private static boolean strongPair(RecordTraits a, RecordTraits b) {
        return MatchRules.sameManifestation(a, b) && MatchRules.titlesAgree(a, b);
    }

    private void link(Function<MatchKeys, Collection<String>> kind, BiPredicate<RecordTraits, RecordTraits> rule) {
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String k : kind.apply(keys.get(i))) {
                buckets.computeIfAbsent(k, x -> new Bucket()).add(i);
            }
        }
        for (Bucket bucket : buckets.values()) {
            linkBucket(bucket, (i, j) -> rule.test(keys.get(i).traits(), keys.get(j).traits()));
        }
    }

    private void linkDescriptive() {
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (DescriptiveKey k : keys.get(i).descriptive()) {
                buckets.computeIfAbsent(k.value(), x -> new Bucket()).add(i);
            }
        }
        for (Bucket bucket : buckets.values()) {
            linkBucket(bucket, (i, j) -> MatchRules.sameDescribedManifestation(keys.get(i).traits(),
                    keys.get(j).traits()) && !ids[sets.find(i)].disagrees(ids[sets.find(j)]));
        }
    }

    private interface IndexRule {
        boolean test(int i, int j);
    }

    /** The records sharing one key, in input order, each once. */
    private static final class Bucket {
        private int[] records = new int[2];
        private int size;

        void add(int record) {
            if (size > 0 && records[size - 1] == record) {
                return; // a record's own keys of one kind may repeat
            }
            if (size == records.length) {
                records = Arrays.copyOf(records, size * 2);
            }
            records[size++] = record;
        }
    }

    /** Each record joins the first earlier record of the bucket that the rule accepts. */
    private void linkBucket(Bucket bucket, IndexRule rule) {
        int[] triedRoots = new int[MAX_TRIES];
        for (int k = 1; k < bucket.size; k++) {
            int i = bucket.records[k];
            int tried = 0;
            for (int m = 0; m < k && m < 4 * MAX_TRIES && tried < MAX_TRIES; m++) {
                int j = bucket.records[m];
                if (sets.connected(i, j)) {
                    break;
                }
                int root = sets.find(j);
                if (!contains(triedRoots, tried, root)) {
                    triedRoots[tried++] = root;
                    if (rule.test(i, j)) {
                        union(i, j);
                        break;
                    }
                }
            }
        }
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int n = 0; n < size; n++) {
            if (values[n] == value) {
                return true;
            }
        }
        return false;
    }

    private void union(int i, int j) {
        ClusterIds a = ids[sets.find(i)];
        ClusterIds b = ids[sets.find(j)];
        int root = sets.union(i, j);
        ids[root] = a.plus(b);
    }

    private int[] firstOfCluster() {
        int[] out = new int[keys.size()];
        int[] first = new int[out.length];
        Arrays.fill(first, -1);
        for (int i = 0; i < out.length; i++) {
            int root = sets.find(i);
            if (first[root] < 0) {
                first[root] = i;
            }
            out[i] = first[root];
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
            // Copies of one work mostly carry the same identifiers: no new set for those.
            if (a.containsAll(b)) {
                return a;
            }
            if (b.containsAll(a)) {
                return b;
            }
            Set<String> out = new HashSet<>(a);
            out.addAll(b);
            return out;
        }
    }
}
