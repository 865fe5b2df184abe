package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.embedded.CatalogueFixture.clause;
import static org.unigate.embedded.Records.record;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.query.Modifier;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

/** Date relations on publication years, sorting, and paging through a sorted result. */
class DateAndSortTest {

    private static CatalogueFixture fixture;

    @BeforeAll
    static void load() {
        fixture = CatalogueFixture.of(
                record("y1950").fixed("1950", "eng").field("100", "1 ", "a", "Young, Ann.")
                        .field("245", "14", "a", "The zebra book.").build(),
                record("y1990").fixed("1990", "eng").field("100", "1 ", "a", "Adams, Bo.")
                        .field("245", "10", "a", "Middle book.").build(),
                // No 008 date: the year comes from 264 $c.
                record("y2001").field("100", "1 ", "a", "Muir, Cy.")
                        .field("245", "12", "a", "A book of apples.")
                        .field("264", " 1", "a", "London :", "b", "Pub,", "c", "[2001]").build(),
                record("y2010").fixed("2010", "fre").field("245", "00", "a", "Book without author.").build(),
                record("nodate").field("100", "1 ", "a", "Baker, Di.").field("245", "00", "a", "Undated book.").build());
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @Test
    void dateRelationsCompareYears() {
        assertThat(fixture.ids("dc.date", "=", "1990")).containsExactly("y1990");
        assertThat(fixture.ids("dc.date", "<", "1990")).containsExactly("y1950");
        assertThat(fixture.ids("dc.date", "<=", "1990")).containsExactlyInAnyOrder("y1950", "y1990");
        assertThat(fixture.ids("dc.date", ">", "2001")).containsExactly("y2010");
        assertThat(fixture.ids("dc.date", ">=", "2001")).containsExactlyInAnyOrder("y2001", "y2010");
        assertThat(fixture.ids("dc.date", "within", "1960 2005")).containsExactlyInAnyOrder("y1990", "y2001");
        assertThat(fixture.ids("dc.date", "=", "20??")).containsExactlyInAnyOrder("y2001", "y2010");
        assertThat(fixture.ids("dc.date", "<>", "1990")).containsExactlyInAnyOrder("y1950", "y2001", "y2010", "nodate");
    }

    @Test
    void languageComesFromFixedFieldCodes() {
        assertThat(fixture.ids("dc.language", "=", "fre")).containsExactly("y2010");
        assertThat(fixture.ids("dc.language", "=", "ENG")).containsExactlyInAnyOrder("y1950", "y1990");
    }

    @Test
    void titleSortSkipsNonFilingArticles() {
        assertThat(sorted(SortKey.ascending("dc.title")))
                .containsExactly("y2001", "y2010", "y1990", "nodate", "y1950");
        assertThat(sorted(SortKey.descending("dc.title")))
                .containsExactly("y1950", "nodate", "y1990", "y2010", "y2001");
    }

    @Test
    void authorAndDateSortPutMissingValuesLast() {
        assertThat(sorted(SortKey.ascending("dc.creator")))
                .containsExactly("y1990", "nodate", "y2001", "y1950", "y2010");
        assertThat(sorted(SortKey.ascending("dc.date")))
                .containsExactly("y1950", "y1990", "y2001", "y2010", "nodate");
        assertThat(sorted(SortKey.descending("dc.date")))
                .containsExactly("y2010", "y2001", "y1990", "y1950", "nodate");
        SortKey missingLow = new SortKey("dc.date", List.of(Modifier.of("sort.missingLow")));
        assertThat(sorted(missingLow)).first().isEqualTo("nodate");
    }

    @Test
    void pagesAreSlicesOfTheSortedResult() throws IOException {
        SearchQuery query = SearchQuery.of(clause("dc.title", "=", "book"))
                .withSortKeys(List.of(SortKey.ascending("dc.date")));
        List<String> all = fixture.ids(query);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            CatalogueResult page = fixture.catalogue().search(query, offset, 2);
            assertThat(page.hits()).isEqualTo(5);
            assertThat(page.records()).hasSizeLessThanOrEqualTo(2);
            page.records().forEach(hit -> paged.add(hit.localId()));
        }
        assertThat(paged).isEqualTo(all).hasSize(5);
        assertThat(fixture.catalogue().search(query, 5, 10).records()).isEmpty();
        assertThat(fixture.catalogue().search(query, 0, 0).hits()).isEqualTo(5);
    }

    private static List<String> sorted(SortKey key) {
        return fixture.ids(SearchQuery.of(clause("dc.title", "=", "book")).withSortKeys(List.of(key)));
    }
}
