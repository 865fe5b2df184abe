package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.feed.FeedEntry;
import org.unigate.union.UnionRecord;
import org.unigate.marc.MarcRecord;

/** Union ids and datestamps stay put while nothing changes: across refreshes, restarts and folders. */
class UnionCatalogueIdentityTest {

    @TempDir
    Path dir;

    private Fixture fixture;

    /** Two members over real records; each holds 60, and 30 of the works are held by both. */
    @BeforeEach
    void members() {
        fixture = new Fixture(dir.resolve("union"));
        List<MarcRecord> records = Works.corpus("umich.mrc", 90);
        for (int i = 0; i < 60; i++) {
            fixture.member("m1").put("a" + i, records.get(i));
            fixture.member("m2").put("b" + i, records.get(30 + i));
        }
    }

    @Test
    void aWorkHeldByTwoMembersIsOneUnionRecord() throws Exception {
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            Map<String, String> ids = Fixture.idsByCopy(catalogue);
            assertThat(ids).hasSize(120);
            for (int i = 30; i < 60; i++) {
                assertThat(ids.get("m1:a" + i)).as("work %d", i).isEqualTo(ids.get("m2:b" + (i - 30)));
            }
            assertThat(ids.get("m1:a0")).isNotEqualTo(ids.get("m2:b59"));
        }
    }

    @Test
    void refreshingUnchangedMembersChangesNothing() throws Exception {
        try (UnionCatalogue catalogue = fixture.open()) {
            RefreshReport first = catalogue.refresh();
            assertThat(first.added()).isEqualTo(first.live()).isPositive();
            List<FeedEntry<UnionRecord>> before = Fixture.all(catalogue);

            RefreshReport second = catalogue.refresh();

            assertThat(second.changedAnything()).isFalse();
            assertThat(second.datestamp()).isNull();
            assertThat(Fixture.all(catalogue)).extracting(FeedEntry::position)
                    .containsExactlyElementsOf(before.stream().map(FeedEntry::position).toList());
        }
    }

    @Test
    void aRestartedCatalogueServesItsStoredStateAndFindsNothingNew() throws Exception {
        Map<String, String> ids;
        List<FeedEntry<UnionRecord>> before;
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            ids = Fixture.idsByCopy(catalogue);
            before = Fixture.all(catalogue);
        }
        try (UnionCatalogue reopened = fixture.open()) {
            // Before any refresh: what the folder holds.
            assertThat(Fixture.idsByCopy(reopened)).isEqualTo(ids);
            assertThat(Fixture.all(reopened)).extracting(FeedEntry::position)
                    .containsExactlyElementsOf(before.stream().map(FeedEntry::position).toList());

            assertThat(reopened.refresh().changedAnything()).isFalse();
            assertThat(Fixture.idsByCopy(reopened)).isEqualTo(ids);
        }
    }

    @Test
    void aFreshFolderOverTheSameDataGivesTheSameIds() throws Exception {
        Map<String, String> ids;
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            ids = Fixture.idsByCopy(catalogue);
        }
        Fixture elsewhere = new Fixture(dir.resolve("other"));
        List<MarcRecord> records = Works.corpus("umich.mrc", 90);
        // Loaded in another order, at other times: ids depend on the data only.
        for (int i = 59; i >= 0; i--) {
            elsewhere.member("m1").put("a" + i, records.get(i));
            elsewhere.member("m2").put("b" + i, records.get(30 + i));
        }
        try (UnionCatalogue other = elsewhere.open()) {
            other.refresh();
            assertThat(Fixture.idsByCopy(other)).isEqualTo(ids);
        }
    }
}
