package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.embedded.Records.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.RecordProblem;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

/** Keeping records: exact return, single-record updates, and an index that outlives the process. */
class EmbeddedCatalogueTest {

    private static final SearchQuery ALL = SearchQuery.of(Clause.of("cql.allRecords", "1"));

    private static MarcRecord titled(String id, String title) {
        return record(id).field("245", "10", "a", title).build();
    }

    @Test
    void recordsComeBackExactlyAsLoadedProblemsIncluded() throws IOException {
        MarcRecord original = record("r1").fixed("2001", "chi")
                .field("245", "10", "6", "880-01", "a", "Hong lou meng /", "c", "Cao Xueqin.")
                .field("880", "10", "6", "245-01/$1", "a", "红楼梦 /", "c", "曹雪芹.")
                .field("500", "  ", "a", "x".repeat(70_000))
                .build()
                .withProblems(List.of(new RecordProblem(RecordProblem.Kind.ENCODING, "245$a", "bad byte")));
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            catalogue.load(Stream.of(original));
            assertThat(catalogue.get("r1")).contains(original);
            assertThat(catalogue.search(ALL, 0, 1).records().get(0).record()).isEqualTo(original);
        }
    }

    @Test
    void recordsWithout001GetAStableDigestIdAndUnreadableEntriesAreSkipped() throws IOException {
        MarcRecord no001 = Records.withoutControlNumber().field("245", "10", "a", "Anonymous").build();
        MarcRecord unreadable = new MarcRecord("", List.of(),
                List.of(new RecordProblem(RecordProblem.Kind.UNREADABLE, null, "garbage")));
        try (EmbeddedCatalogue a = EmbeddedCatalogue.inMemory(); EmbeddedCatalogue b = EmbeddedCatalogue.inMemory()) {
            assertThat(a.load(Stream.of(no001, unreadable))).isEqualTo(1);
            b.load(Stream.of(no001));
            String id = a.search(ALL, 0, 1).records().get(0).localId();
            assertThat(id).startsWith("rec-").isEqualTo(b.search(ALL, 0, 1).records().get(0).localId());
        }
    }

    @Test
    void damagedRecordsWithImmenseValuesAreStillLoadedAndFound() throws IOException {
        MarcRecord damaged = record("9".repeat(40_000))
                .field("024", "8 ", "a", "1".repeat(40_000))
                .field("245", "10", "a", "Survivor " + "y".repeat(40_000))
                .build();
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            assertThat(catalogue.load(Stream.of(damaged, titled("ok", "Survivor too")))).isEqualTo(2);
            assertThat(hits(catalogue, "survivor")).isEqualTo(2);
        }
    }

    @Test
    void putReplacesAndDeleteRemovesByLocalId() throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory()) {
            catalogue.put("oai:x:1", titled("1", "First version"));
            catalogue.put("oai:x:2", titled("2", "Other"));
            catalogue.refresh();
            catalogue.put("oai:x:1", titled("1", "Second version"));
            catalogue.refresh();
            assertThat(catalogue.size()).isEqualTo(2);
            assertThat(hits(catalogue, "first")).isZero();
            assertThat(hits(catalogue, "second")).isEqualTo(1);
            catalogue.delete("oai:x:1");
            catalogue.refresh();
            assertThat(catalogue.size()).isEqualTo(1);
            assertThat(catalogue.get("oai:x:1")).isEmpty();
        }
    }

    @Test
    void onDiskCatalogueIsThereAfterReopening(@TempDir Path folder) throws IOException {
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.onDisk(folder)) {
            catalogue.put("a", titled("a", "Persistent title"));
            catalogue.put("b", titled("b", "Deleted later"));
            catalogue.commit();
            catalogue.delete("b");
        }
        try (EmbeddedCatalogue reopened = EmbeddedCatalogue.onDisk(folder)) {
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(hits(reopened, "persistent")).isEqualTo(1);
            assertThat(reopened.get("a")).contains(titled("a", "Persistent title"));
        }
    }

    private static long hits(EmbeddedCatalogue catalogue, String word) throws IOException {
        return catalogue.search(SearchQuery.of(Clause.of("dc.title", word)), 0, 0).hits();
    }
}
