package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.embedded.Records.record;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.marc.MarcRecord;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanTerm;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

/** The catalogue as a change feed: datestamps, tombstones, (datestamp, id) paging, commit data. */
class CatalogueChangeFeedTest {

    private static final SearchQuery ALL = SearchQuery.of(Clause.of("cql.allRecords", "1"));
    private static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-02-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2024-03-01T00:00:00Z");

    private static MarcRecord titled(String id, String title) {
        return record(id).field("245", "10", "a", title).build();
    }

    private static List<String> ids(List<FeedEntry<MarcRecord>> entries) {
        return entries.stream().map(FeedEntry::id).toList();
    }

    @Test
    void listsInDatestampThenIdOrderWithinBounds() throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            catalogue.put("c", titled("c", "Gamma"), T2);
            catalogue.put("a", titled("a", "Alpha"), T2);
            catalogue.put("b", titled("b", "Beta"), T1);
            catalogue.put("d", titled("d", "Delta"), T3);
            catalogue.refresh();

            assertThat(ids(catalogue.changes(null, null, null, 10))).containsExactly("b", "a", "c", "d");
            assertThat(ids(catalogue.changes(T2, T2, null, 10))).containsExactly("a", "c");
            assertThat(catalogue.count(T2, null)).isEqualTo(3);
            assertThat(catalogue.count(null, T1)).isEqualTo(1);
            assertThat(catalogue.earliestDatestamp()).contains(T1);
            assertThat(catalogue.changes(null, null, null, 10).get(0).value()).isEqualTo(titled("b", "Beta"));
        }
    }

    @Test
    void recordsRepeatingAnEarlier001GetIdsOfTheirOwn() throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            catalogue.load(Stream.of(titled("x", "First"), titled("x", "Second")));
            catalogue.load(Stream.of(titled("x", "Third, from another file")));

            assertThat(ids(catalogue.changes(null, null, null, 10))).containsExactlyInAnyOrder("x", "x~2", "x~3");
            assertThat(catalogue.get("x~2")).contains(titled("x", "Second"));
            assertThat(catalogue.size()).isEqualTo(3);
        }
    }

    @Test
    void pagingResumesStrictlyAfterTheLastEntryEvenAmongEqualDatestamps() throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            for (int i = 0; i < 25; i++) {
                catalogue.put(String.format("r%02d", i), titled("r" + i, "Title " + i), i < 20 ? T1 : T2);
            }
            catalogue.refresh();
            List<String> seen = new ArrayList<>();
            FeedPosition after = null;
            List<FeedEntry<MarcRecord>> page;
            while (!(page = catalogue.changes(null, null, after, 7)).isEmpty()) {
                seen.addAll(ids(page));
                after = page.get(page.size() - 1).position();
            }
            assertThat(seen).hasSize(25).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void deletionLeavesATombstoneOnlyTheFeedSees() throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            catalogue.put("a", titled("a", "Alpha history"), T1);
            catalogue.put("b", titled("b", "Beta history"), T1);
            catalogue.delete("a", T2);
            catalogue.refresh();

            assertThat(catalogue.size()).isEqualTo(1);
            assertThat(catalogue.get("a")).isEmpty();
            assertThat(catalogue.search(ALL, 0, 10).hits()).isEqualTo(1);
            assertThat(catalogue.search(SearchQuery.of(Clause.of("dc.title", "alpha")), 0, 10).hits()).isZero();
            assertThat(catalogue.scan(new ScanRequest("title", "a", 10, 1)))
                    .extracting(ScanTerm::term).noneMatch(t -> t.toLowerCase(Locale.ROOT).startsWith("alpha")).isNotEmpty();
            assertThat(catalogue.entry("a")).contains(new FeedEntry<>("a", T2, true, null));
            assertThat(catalogue.changes(T2, null, null, 10))
                    .containsExactly(new FeedEntry<>("a", T2, true, null));
        }
    }

    @Test
    void reputtingADeletedIdRevivesIt() throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            catalogue.put("a", titled("a", "Alpha"), T1);
            catalogue.delete("a", T2);
            catalogue.put("a", titled("a", "Alpha again"), T3);
            catalogue.refresh();
            assertThat(catalogue.get("a")).contains(titled("a", "Alpha again"));
            assertThat(catalogue.count(null, null)).isEqualTo(1);
            assertThat(catalogue.entry("a").orElseThrow().datestamp()).isEqualTo(T3);
        }
    }

    @Test
    void datestampsAreKeptToTheSecond() throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            catalogue.put("a", titled("a", "Alpha"), Instant.parse("2024-01-01T10:00:00.750Z"));
            catalogue.refresh();
            assertThat(catalogue.entry("a").orElseThrow().datestamp()).isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
            assertThat(catalogue.count(Instant.parse("2024-01-01T10:00:00.001Z"), null)).isZero();
            assertThat(catalogue.count(null, Instant.parse("2024-01-01T10:00:00.001Z"))).isEqualTo(1);
        }
    }

    @Test
    void loadedRecordsAreDatestampedByTheir005WhenItParses() throws IOException {
        MarcRecord dated = record("d").control("005", "20190304051607.0").field("245", "10", "a", "Dated").build();
        MarcRecord garbled = record("g").control("005", "2019x").field("245", "10", "a", "Garbled").build();
        Instant before = Instant.now().minusSeconds(1);
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            catalogue.load(Stream.of(dated, garbled));
            assertThat(catalogue.entry("d").orElseThrow().datestamp()).isEqualTo(Instant.parse("2019-03-04T05:16:07Z"));
            assertThat(catalogue.entry("g").orElseThrow().datestamp()).isAfter(before);
        }
    }

    @Test
    void commitDataIsDurableWithTheRecordsAndSurvivesPlainCommits(@TempDir Path folder) throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.onDisk(folder)) {
            assertThat(catalogue.commitData()).isEmpty();
            catalogue.put("a", titled("a", "Alpha"), T1);
            catalogue.commit(Map.of("harvest.from", "2024-01-01"));
            catalogue.put("b", titled("b", "Beta"), T2);
            catalogue.commit();
        }
        try (EmbeddedCatalogue reopened = EmbeddedCatalogue.onDisk(folder)) {
            assertThat(reopened.commitData()).containsExactly(Map.entry("harvest.from", "2024-01-01"));
            assertThat(ids(reopened.changes(null, null, null, 10))).containsExactly("a", "b");
            reopened.delete("a", T3);
            reopened.commit(Map.of("harvest.from", "2024-03-01"));
        }
        try (EmbeddedCatalogue reopened = EmbeddedCatalogue.onDisk(folder)) {
            assertThat(reopened.commitData()).containsEntry("harvest.from", "2024-03-01");
            assertThat(reopened.entry("a").orElseThrow().deleted()).isTrue();
            assertThat(reopened.size()).isEqualTo(1);
        }
    }
}
