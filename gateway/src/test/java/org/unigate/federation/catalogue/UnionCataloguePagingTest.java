package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.union.UnionRecord;
import org.unigate.marc.MarcRecord;

/** Listing the catalogue in pages: every entry once, in order, within the bounds asked for. */
class UnionCataloguePagingTest {

    @TempDir
    static Path dir;

    private static UnionCatalogue catalogue;
    private static List<FeedEntry<UnionRecord>> everything;

    /** Several refreshes, so entries carry several datestamps, and some are tombstones. */
    @BeforeAll
    static void catalogue() throws Exception {
        Fixture fixture = new Fixture(dir);
        List<MarcRecord> records = Works.corpus("temple.mrc", 60);
        for (int m = 0; m < 3; m++) {
            fixture.member("m" + m);
        }
        catalogue = fixture.open();
        for (int round = 0; round < 3; round++) {
            for (int i = round * 20; i < round * 20 + 20; i++) {
                fixture.member("m" + (i % 3)).put("r" + i, records.get(i));
            }
            catalogue.refresh();
        }
        for (int i = 0; i < 60; i += 7) {
            fixture.member("m" + (i % 3)).delete("r" + i);
        }
        catalogue.refresh();
        everything = catalogue.changes(null, null, null, UnionCatalogue.MAX_PAGE);
    }

    @AfterAll
    static void close() {
        catalogue.close();
    }

    @Test
    void theWholeListIsInDatestampThenIdOrderWithSeveralDatestampsAndTombstones() {
        assertThat(everything).extracting(FeedEntry::position).isSorted().doesNotHaveDuplicates();
        assertThat(everything.stream().map(FeedEntry::datestamp).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(everything).filteredOn(FeedEntry::deleted).isNotEmpty();
        assertThat(catalogue.count(null, null)).isEqualTo(everything.size());
    }

    @Test
    void pagesOfAnySizeListEveryEntryExactlyOnce() {
        for (int size : new int[] {1, 7, 13, 1000}) {
            assertThat(Fixture.all(catalogue, size)).as("pages of %d", size).extracting(FeedEntry::position)
                    .containsExactlyElementsOf(everything.stream().map(FeedEntry::position).toList());
        }
    }

    @Test
    void fromAndUntilBoundPagesAndCountsInclusively() throws Exception {
        List<Instant> stamps = everything.stream().map(FeedEntry::datestamp).distinct().sorted().toList();
        Instant from = stamps.get(1);
        Instant until = stamps.get(2);
        List<FeedPosition> expected = everything.stream()
                .filter(e -> !e.datestamp().isBefore(from) && !e.datestamp().isAfter(until))
                .map(FeedEntry::position).toList();
        assertThat(expected).isNotEmpty();

        List<FeedPosition> paged = new ArrayList<>();
        FeedPosition after = null;
        for (List<FeedEntry<UnionRecord>> page = catalogue.changes(from, until, null, 4); !page.isEmpty();
             page = catalogue.changes(from, until, after, 4)) {
            assertThat(page).hasSizeLessThanOrEqualTo(4);
            page.forEach(e -> paged.add(e.position()));
            after = page.get(page.size() - 1).position();
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(catalogue.count(from, until)).isEqualTo(expected.size());
        assertThat(catalogue.count(until.plusSeconds(3600), null)).isZero();
        assertThat(catalogue.changes(until, from, null, 10)).isEmpty();
    }

    @Test
    void listedRecordsCarryTheirIdsAndTombstonesCarryNothing() {
        for (FeedEntry<UnionRecord> e : everything) {
            if (!e.deleted()) {
                assertThat(e.value().unionId()).isEqualTo(e.id());
                assertThat(e.value().heldBy()).isNotEmpty();
            }
        }
        assertThat(new HashSet<>(everything.stream().map(FeedEntry::id).toList())).hasSize(everything.size());
        assertThat(catalogue.earliestDatestamp()).contains(everything.get(0).datestamp());
    }
}
