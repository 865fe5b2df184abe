package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.marc.MarcRecord;

/** Refreshes in the background, the meters, and a state file that did not survive. */
class UnionCatalogueBackgroundTest {

    @TempDir
    Path dir;

    private Fixture withRecords(int n) {
        Fixture fixture = new Fixture(dir);
        List<MarcRecord> records = Works.corpus("rero.mrc", n);
        for (int i = 0; i < n; i++) {
            fixture.member("m" + (i % 2)).put("r" + i, records.get(i));
        }
        return fixture;
    }

    @Test
    void requestsMadeWhileARefreshRunsShareOneRunAfterIt() throws Exception {
        Fixture fixture = withRecords(30);
        GatedFeed<MarcRecord> gated = new GatedFeed<>(fixture.member("m0"));
        List<CatalogueMember> members = List.of(new CatalogueMember("m0", gated, null),
                new CatalogueMember("m1", fixture.member("m1"), null));
        try (UnionCatalogue catalogue = UnionCatalogue.open(dir, members, new ClusteringDeduplicator(),
                fixture.clock, null)) {
            CompletableFuture<RefreshReport> running = catalogue.scheduleRefresh();
            gated.awaitReader();
            assertThat(catalogue.count(null, null)).as("nothing shown before the first refresh ends").isZero();

            CompletableFuture<RefreshReport> a = catalogue.scheduleRefresh();
            CompletableFuture<RefreshReport> b = catalogue.scheduleRefresh();
            assertThat(a).isSameAs(b).isNotSameAs(running);
            gated.open();

            RefreshReport first = running.get(60, TimeUnit.SECONDS);
            assertThat(first.live()).isPositive();
            RefreshReport second = b.get(60, TimeUnit.SECONDS);
            assertThat(second).isNotSameAs(first);
            assertThat(second.changedAnything()).isFalse();
            assertThat(catalogue.count(null, null)).isEqualTo(first.live());
        }
    }

    @Test
    void metersShowRecordsTombstonesAndRefreshes() throws Exception {
        Fixture fixture = withRecords(20);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (UnionCatalogue catalogue = UnionCatalogue.open(dir, fixture.members(), new ClusteringDeduplicator(),
                fixture.clock, registry)) {
            RefreshReport first = catalogue.refresh();
            fixture.member("m1").delete("r1");
            catalogue.refresh();

            assertThat(registry.get("unigate.union.records").gauge().value()).isEqualTo(first.live() - 1);
            assertThat(registry.get("unigate.union.tombstones").gauge().value()).isEqualTo(1);
            assertThat(registry.get("unigate.union.refresh").timer().count()).isEqualTo(2);
            assertThat(registry.get("unigate.union.refresh.last").timeGauge().value(TimeUnit.NANOSECONDS)).isPositive();
        }
    }

    @Test
    void aDamagedStateFileIsSetAsideAndTheSameIdsComeBack() throws Exception {
        Fixture fixture = withRecords(20);
        Map<String, String> ids;
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            ids = Fixture.idsByCopy(catalogue);
        }
        Path state = dir.resolve("union.state");
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(state, bytes);

        try (UnionCatalogue reopened = fixture.open()) {
            assertThat(reopened.count(null, null)).isZero();
            assertThat(dir.resolve("union.state.damaged")).exists();
            reopened.refresh();
            assertThat(Fixture.idsByCopy(reopened)).isEqualTo(ids);
        }
    }

    @Test
    void aRecordWhoseCopiesLeftSinceTheLastRefreshIsListedAsDeleted() throws Exception {
        Fixture fixture = withRecords(10);
        try (UnionCatalogue catalogue = fixture.open()) {
            RefreshReport initial = catalogue.refresh();
            String work = Fixture.idsByCopy(catalogue).get("m0:r4");
            fixture.member("m0").delete("r4");

            assertThat(Fixture.entry(catalogue, work).deleted()).isTrue();
            // Listing it asked for a refresh, which dates the tombstone. The run asked for here is
            // that one, or (if it had started already) one after it: either way it has ended.
            catalogue.scheduleRefresh().get(60, TimeUnit.SECONDS);
            assertThat(Fixture.entry(catalogue, work).deleted()).isTrue();
            assertThat(Fixture.entry(catalogue, work).datestamp()).isAfter(initial.datestamp());
        }
    }
}
