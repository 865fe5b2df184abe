package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;
import org.unigate.testing.SharedData;
import org.unigate.text.ScriptFolding;

/** Real records with CJK 880s from two university catalogues, loaded through the file source. */
class CorpusSearchTest {

    private static final List<String> FILES = List.of("princeton.mrc", "umich.mrc");

    private static EmbeddedCatalogue catalogue;
    private static List<MarcRecord> records;

    @BeforeAll
    static void load() throws IOException {
        catalogue = EmbeddedCatalogue.inMemory();
        records = new ArrayList<>();
        RecordSources sources = RecordSources.discover();
        for (String name : FILES) {
            Path file = SharedData.corpusFile(name);
            catalogue.load(file.toString(), sources);
            try (Stream<MarcRecord> stream = MarcFiles.stream(file)) {
                stream.filter(r -> !r.fields().isEmpty()).forEach(records::add);
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    @Test
    void everyReadableRecordIsLoaded() throws IOException {
        assertThat(records).hasSizeGreaterThan(1000);
        assertThat(catalogue.size()).isEqualTo(records.size());
    }

    @Test
    void vernacularTitlesAreFoundInTraditionalAndSimplifiedScript() throws IOException {
        List<MarcRecord> chinese = records.stream().filter(CorpusSearchTest::hasConvertibleVernacularTitle).toList();
        assertThat(chinese).as("records whose 880 title differs between the scripts").hasSizeGreaterThanOrEqualTo(3);
        for (MarcRecord record : chinese) {
            String title = vernacularTitle(record);
            String id = LocalIds.of(record);
            assertThat(titleHits(ScriptFolding.toTraditional(title))).as("traditional %s", title).contains(id);
            assertThat(titleHits(ScriptFolding.toSimplified(title))).as("simplified %s", title).contains(id);
        }
    }

    @Test
    void romanisedTitleFindsTheRecordWithTheVernacularTitle() throws IOException {
        List<MarcRecord> chinese = records.stream().filter(CorpusSearchTest::hasConvertibleVernacularTitle).toList();
        for (MarcRecord record : chinese) {
            String romanised = record.firstDataField("245").flatMap(f -> f.first('a')).orElseThrow();
            assertThat(hits(Clause.of("dc.title", "adj", romanised.replaceAll("[*?^\\\\\"]", " "))))
                    .as("romanised %s", romanised).contains(LocalIds.of(record));
        }
    }

    /**
     * Chinese-language records (008/35-37) whose vernacular title reads differently in the two
     * scripts. Japanese shinjitai such as 雑 are neither form, so script folding cannot help there.
     */
    private static boolean hasConvertibleVernacularTitle(MarcRecord record) {
        boolean chinese = record.controlField("008").filter(f -> f.length() >= 38)
                .map(f -> f.substring(35, 38).equals("chi")).orElse(false);
        String title = vernacularTitle(record);
        return chinese && title != null && !ScriptFolding.toTraditional(title).equals(ScriptFolding.toSimplified(title));
    }

    /** The 245 $a of the record's linked 880, if it has Han characters. */
    private static String vernacularTitle(MarcRecord record) {
        return record.alternateGraphics("245").stream()
                .map(DataField.class::cast)
                .flatMap(f -> f.first('a').stream())
                .filter(ScriptFolding::containsHan)
                .findFirst()
                .orElse(null);
    }

    private static List<String> titleHits(String title) throws IOException {
        return hits(Clause.of("dc.title", "=", title.replaceAll("[*?^\\\\\"]", " ")));
    }

    private static List<String> hits(Clause clause) throws IOException {
        return catalogue.search(SearchQuery.of(clause), 0, 500).records().stream()
                .map(CatalogueResult.Hit::localId).toList();
    }
}
