package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.feed.FeedEntry;
import org.unigate.marc.MarcRecord;
import org.unigate.member.Sharing;
import org.unigate.testing.TestClock;

/** What members do to their copies shows in the union records: new datestamps and tombstones. */
class UnionCatalogueChangeTest {

    @TempDir
    Path dir;

    private Fixture fixture;
    private List<MarcRecord> records;

    @BeforeEach
    void members() {
        fixture = new Fixture(dir);
        records = Works.corpus("umich.mrc", 40);
        for (int i = 0; i < 20; i++) {
            fixture.member("m1").put("a" + i, records.get(i));
            fixture.member("m2").put("b" + i, records.get(20 + i));
        }
    }

    @Test
    void aMemberAddingACopyMovesOnlyThatRecordsDatestamp() throws Exception {
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            String work = Fixture.idsByCopy(catalogue).get("m1:a5");
            Map<String, Instant> before = Fixture.datestamps(catalogue);

            fixture.member("m2").put("b-new", records.get(5));
            RefreshReport report = catalogue.refresh();

            assertThat(report.updated()).isEqualTo(1);
            assertThat(report.added() + report.deleted()).isZero();
            Map<String, Instant> after = Fixture.datestamps(catalogue);
            assertThat(after.get(work)).isEqualTo(report.datestamp()).isAfter(before.get(work));
            after.remove(work);
            before.remove(work);
            assertThat(after).isEqualTo(before);
            assertThat(Fixture.entry(catalogue, work).value().heldBy()).extracting(HeldBy::memberId, HeldBy::localId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("m1", "a5"),
                            org.assertj.core.groups.Tuple.tuple("m2", "b-new"));
        }
    }

    @Test
    void aMemberDeletingItsOnlyCopyLeavesATombstone() throws Exception {
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            String work = Fixture.idsByCopy(catalogue).get("m2:b3");
            int live = catalogue.refresh().live();

            fixture.member("m2").delete("b3");
            RefreshReport report = catalogue.refresh();

            assertThat(report.deleted()).isEqualTo(1);
            assertThat(report.live()).isEqualTo(live - 1);
            assertThat(report.tombstones()).isEqualTo(1);
            FeedEntry<UnionRecord> tombstone = Fixture.entry(catalogue, work);
            assertThat(tombstone.deleted()).isTrue();
            assertThat(tombstone.datestamp()).isEqualTo(report.datestamp());
            // Listed last, where an incremental harvester looks.
            List<FeedEntry<UnionRecord>> all = Fixture.all(catalogue);
            assertThat(all.get(all.size() - 1).id()).isEqualTo(work);
        }
    }

    @Test
    void aWorkThatComesBackGetsItsOldIdAgain() throws Exception {
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            String work = Fixture.idsByCopy(catalogue).get("m2:b3");
            fixture.member("m2").delete("b3");
            catalogue.refresh();

            fixture.member("m2").put("b3", records.get(23));
            RefreshReport report = catalogue.refresh();

            assertThat(report.added()).isEqualTo(1);
            assertThat(report.tombstones()).isZero();
            assertThat(Fixture.entry(catalogue, work).deleted()).isFalse();
        }
    }

    @Test
    void losingOneOfTwoCopiesKeepsTheRecordAndMovesItsDatestamp() throws Exception {
        fixture.member("m2").put("b-copy", records.get(7));
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            String work = Fixture.idsByCopy(catalogue).get("m1:a7");
            Instant was = Fixture.entry(catalogue, work).datestamp();

            fixture.member("m1").delete("a7");
            RefreshReport report = catalogue.refresh();

            assertThat(report.updated()).isEqualTo(1);
            assertThat(report.deleted()).isZero();
            FeedEntry<UnionRecord> entry = Fixture.entry(catalogue, work);
            assertThat(entry.datestamp()).isAfter(was);
            assertThat(entry.value().memberIds()).containsExactly("m2");
        }
    }

    @Test
    void anEditedCopyMovesItsRecordsDatestamp() throws Exception {
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            String work = Fixture.idsByCopy(catalogue).get("m1:a2");

            fixture.member("m1").put("a2", Works.edited(records.get(2), "Gift of the class of 1950."));
            RefreshReport report = catalogue.refresh();

            assertThat(report.updated()).isEqualTo(1);
            FeedEntry<UnionRecord> entry = Fixture.entry(catalogue, work);
            assertThat(entry.datestamp()).isEqualTo(report.datestamp());
            assertThat(entry.value().record().values("500", 'a')).contains("Gift of the class of 1950.");
        }
    }

    @Test
    void datestampsMoveForwardEvenWhenTheClockGoesBack() throws Exception {
        TestClock clock = TestClock.fixed(Instant.parse("2024-06-01T12:00:00Z"));
        Fixture f = new Fixture(dir.resolve("clock"), clock);
        f.member("m1").put("a", records.get(0)).put("b", records.get(1));
        try (UnionCatalogue catalogue = f.open()) {
            Instant first = catalogue.refresh().datestamp();
            clock.set(first.minusSeconds(3600));
            f.member("m1").delete("a");
            Instant second = catalogue.refresh().datestamp();
            assertThat(second).isAfter(first);
        }
    }

    @Test
    void theUnionShowsOnlyWhatEachMemberShares() throws Exception {
        MarcRecord local = Works.with(Works.with(records.get(10), "990", "a", "shelf 4"), "999", "s", "y");
        fixture.sharing("m3", new Sharing(Sharing.Mode.NO_LOCAL_FIELDS, List.of(), List.of()))
                .member("m3").put("c1", Works.with(records.get(11), "990", "a", "staff only"));
        fixture.sharing("m4", new Sharing(Sharing.Mode.WHOLE, List.of(), List.of("999$s=y")))
                .member("m4").put("d1", local);
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            Map<String, String> ids = Fixture.idsByCopy(catalogue);
            assertThat(ids).doesNotContainKey("m4:d1").containsKey("m3:c1");
            UnionRecord shared = Fixture.entry(catalogue, ids.get("m3:c1")).value();
            assertThat(shared.sources()).filteredOn(s -> s.memberId().equals("m3")).singleElement()
                    .satisfies(s -> assertThat(s.record().dataFields("990")).isEmpty());
        }
    }
}
