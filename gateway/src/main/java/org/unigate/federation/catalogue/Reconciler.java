package org.unigate.federation.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a refresh's clusters with the remembered state and says what changed. Building the
 * plan takes the time; {@link Plan#stamp} then only fills in the datestamp, so the moment a change
 * is dated is as close as possible to the moment readers can see it.
 */
final class Reconciler {

    /** What a refresh changes: entries kept as they were, and (still undated) ones that change. */
    record Plan(List<UnionEntry> kept, List<Change> changes, int added, int updated, int deleted) {

        boolean isEmpty() {
            return changes.isEmpty();
        }

        /** The new state's entries, kept ones first (still in their order) then the changes by id. */
        List<UnionEntry> stamp(Instant now) {
            List<UnionEntry> out = new ArrayList<>(kept.size() + changes.size());
            out.addAll(kept);
            changes.stream().sorted(Comparator.comparing(Change::unionId)).map(c -> c.at(now)).forEach(out::add);
            return out;
        }
    }

    /** A union id whose entry changes; a null cluster makes it a tombstone, a null born a new id. */
    record Change(String unionId, Instant born, Cluster cluster) {

        UnionEntry at(Instant now) {
            Instant since = born == null ? now : born;
            return cluster == null
                    ? new UnionEntry(unionId, now, since, true, List.of(), "")
                    : new UnionEntry(unionId, now, since, false, cluster.copies(), cluster.contentHash());
        }
    }

    private Reconciler() {
    }

    static Plan plan(UnionState old, List<Cluster> clusters) {
        String[] kept = IdMatcher.match(old, clusters);
        Set<String> used = new HashSet<>();
        for (String id : kept) {
            if (id != null) {
                used.add(id);
            }
        }
        String[] ids = kept.clone();
        // New ids in the order of their anchors, so any suffix a clash needs is reproducible.
        List<Integer> fresh = new ArrayList<>();
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] == null) {
                fresh.add(c);
            }
        }
        fresh.sort(Comparator.comparing(c -> clusters.get(c).first()));
        for (int c : fresh) {
            ids[c] = unusedId(clusters.get(c).anchorId(), used);
        }
        return diff(old, clusters, ids, used);
    }

    private static Plan diff(UnionState old, List<Cluster> clusters, String[] ids, Set<String> used) {
        List<UnionEntry> keptEntries = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int deleted = 0;
        Set<String> changed = new HashSet<>();
        for (int c = 0; c < clusters.size(); c++) {
            Cluster cluster = clusters.get(c);
            Optional<UnionEntry> was = old.get(ids[c]);
            if (was.isPresent() && !was.get().deleted() && sameContent(was.get(), cluster)) {
                continue;
            }
            boolean isNew = was.isEmpty() || was.get().deleted();
            added += isNew ? 1 : 0;
            updated += isNew ? 0 : 1;
            changes.add(new Change(ids[c], was.map(UnionEntry::born).orElse(null), cluster));
            changed.add(ids[c]);
        }
        for (UnionEntry entry : old.ordered()) {
            if (changed.contains(entry.unionId())) {
                continue;
            }
            if (!entry.deleted() && !used.contains(entry.unionId())) {
                changes.add(new Change(entry.unionId(), entry.born(), null));
                deleted++;
            } else {
                keptEntries.add(entry);
            }
        }
        return new Plan(keptEntries, changes, added, updated, deleted);
    }

    private static boolean sameContent(UnionEntry entry, Cluster cluster) {
        return entry.contentHash().equals(cluster.contentHash()) && entry.copies().equals(cluster.copies());
    }

    /** Two clusters can share an anchor only when one's id was taken over; number the later one. */
    private static String unusedId(String anchorId, Set<String> used) {
        String candidate = anchorId;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = anchorId + "-" + n;
        }
        return candidate;
    }
}
