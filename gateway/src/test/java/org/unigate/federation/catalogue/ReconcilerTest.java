package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which cluster keeps which id, on clusters built by hand. */
class ReconcilerTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2024-02-01T00:00:00Z");

    private static List<CopyKey> copies(String... keys) {
        return Arrays.stream(keys).map(k -> new CopyKey(k.substring(0, 1), k.substring(1))).sorted().toList();
    }

    private static UnionEntry live(String id, Instant born, String... keys) {
        return new UnionEntry(id, born, born, false, copies(keys), "h-" + id);
    }

    private static Cluster cluster(String hash, String... keys) {
        List<CopyKey> c = copies(keys);
        return new Cluster(c, hash, "anchor-" + c.get(0).memberId() + c.get(0).localId());
    }

    private static String idOf(List<UnionEntry> entries, String key) {
        CopyKey copy = copies(key).get(0);
        return entries.stream().filter(e -> e.copies().contains(copy)).findFirst().orElseThrow().unionId();
    }

    @Test
    void anIdOutbidForItsBiggestPartByAnOlderIdKeepsItsNextPart() {
        // x (younger) split: most of it went where the older y's copies went too; the rest stays apart.
        UnionState old = UnionState.of(List.of(
                live("x", T0.plusSeconds(10), "a1", "a2", "a3", "b1"),
                live("y", T0, "c1")));
        List<Cluster> now = List.of(cluster("p", "a1", "a2", "c1"), cluster("q", "a3", "b1"));

        List<UnionEntry> entries = Reconciler.plan(old, now).stamp(NOW);

        assertThat(idOf(entries, "a1")).isEqualTo("y");
        assertThat(idOf(entries, "b1")).isEqualTo("x");
        assertThat(entries).noneMatch(UnionEntry::deleted);
    }

    @Test
    void anUnchangedClusterKeepsItsEntryAndChangedOnesGetTheNewDatestamp() {
        UnionState old = UnionState.of(List.of(live("x", T0, "a1"), live("y", T0, "b1")));
        Reconciler.Plan plan = Reconciler.plan(old, List.of(cluster("h-x", "a1"), cluster("edited", "b1")));

        assertThat(plan.updated()).isEqualTo(1);
        assertThat(plan.added() + plan.deleted()).isZero();
        List<UnionEntry> entries = plan.stamp(NOW);
        assertThat(entries).extracting(UnionEntry::unionId, UnionEntry::datestamp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x", T0),
                        org.assertj.core.groups.Tuple.tuple("y", NOW));
        assertThat(entries.get(1).born()).isEqualTo(T0);
    }

    @Test
    void nothingChangedMeansAnEmptyPlan() {
        UnionState old = UnionState.of(List.of(live("x", T0, "a1", "b1")));
        assertThat(Reconciler.plan(old, List.of(cluster("h-x", "a1", "b1"))).isEmpty()).isTrue();
    }

    @Test
    void aNewClusterWhoseAnchorIdIsHeldGetsTheNextNumber() {
        UnionState old = UnionState.of(List.of(live("anchor-a1", T0, "a1", "b1", "b2")));
        // The b copies are most of the old cluster and keep its id; a1 alone would derive the same id.
        List<Cluster> now = List.of(cluster("h", "b1", "b2"), cluster("h2", "a1"));
        List<UnionEntry> entries = Reconciler.plan(old, now).stamp(NOW);
        assertThat(idOf(entries, "a1")).isEqualTo("anchor-a1-2");
    }
}
