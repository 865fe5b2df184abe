package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.marc.MarcRecord;

/**
 * Clusters that join or come apart as copies arrive and leave. The records are one real record
 * with its identifiers replaced: {@code isbnCopy} and {@code oclcCopy} (retitled) share nothing,
 * and {@code bridge} carries both numbers, which joins all three into one work.
 */
class UnionCatalogueMergeSplitTest {

    @TempDir
    Path dir;

    private Fixture fixture;
    private MarcRecord isbnCopy;
    private MarcRecord oclcCopy;
    private MarcRecord bridge;

    @BeforeEach
    void records() {
        fixture = new Fixture(dir);
        MarcRecord base = Works.withoutIdentifiers(Works.corpus("umich.mrc", 1).get(0));
        isbnCopy = Works.with(base, "020", "a", "0395071224");
        oclcCopy = Works.with(Works.titled(base, "An entirely different title /"), "035", "a", "(OCoLC)43887");
        bridge = Works.with(isbnCopy, "035", "a", "(OCoLC)43887");
    }

    @Test
    void whenTwoClustersMergeTheOlderIdSurvivesAndTheOtherIsDeleted() throws Exception {
        fixture.member("m1");
        fixture.member("m2");
        fixture.member("m3");
        try (UnionCatalogue catalogue = fixture.open()) {
            fixture.member("m2").put("oclc", oclcCopy);
            catalogue.refresh();
            fixture.member("m1").put("isbn", isbnCopy);
            catalogue.refresh();
            Map<String, String> ids = Fixture.idsByCopy(catalogue);
            String older = ids.get("m2:oclc");
            String younger = ids.get("m1:isbn");
            assertThat(older).isNotEqualTo(younger);

            fixture.member("m3").put("bridge", bridge);
            RefreshReport report = catalogue.refresh();

            assertThat(Fixture.idsByCopy(catalogue)).containsOnly(
                    Map.entry("m1:isbn", older), Map.entry("m2:oclc", older), Map.entry("m3:bridge", older));
            assertThat(report.updated()).isEqualTo(1);
            assertThat(report.deleted()).isEqualTo(1);
            assertThat(Fixture.entry(catalogue, younger).deleted()).isTrue();
            assertThat(Fixture.entry(catalogue, older).datestamp()).isEqualTo(report.datestamp());
        }
    }

    @Test
    void whenAClusterSplitsThePartWithMostOfItsCopiesKeepsTheId() throws Exception {
        // The lone part holds the lowest copy ("a-lib"), which the id was derived from.
        fixture.member("a-lib").put("oclc", oclcCopy);
        fixture.member("m1").put("isbn", isbnCopy);
        fixture.member("m2").put("isbn", isbnCopy);
        fixture.member("m3").put("bridge", bridge);
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            String work = Fixture.idsByCopy(catalogue).get("a-lib:oclc");
            assertThat(Fixture.idsByCopy(catalogue)).hasSize(4);
            assertThat(Fixture.idsByCopy(catalogue).values()).containsOnly(work);

            fixture.member("m3").delete("bridge");
            RefreshReport report = catalogue.refresh();

            Map<String, String> ids = Fixture.idsByCopy(catalogue);
            assertThat(ids.get("m1:isbn")).isEqualTo(work);
            assertThat(ids.get("m2:isbn")).isEqualTo(work);
            // Its own anchor would give it the old id, which is taken: the next number instead.
            assertThat(ids.get("a-lib:oclc")).isEqualTo(work + "-2");
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.updated()).isEqualTo(1);
            assertThat(report.deleted()).isZero();
        }
    }
}
