package org.unigate.federation;

import org.unigate.union.UnionRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.federation.EngineFixture.search;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

/** Union results come ranked or sorted across members, with facets, the same way every time. */
class UnionEngineOrderTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stopTimer() {
        fixture.close();
    }
    private final FakeMember harbour = FakeMember.named("harbour").answering(List.of(
            Records.book("h1").title("Gardens of China").author("Wang").year("1971").build(),
            Records.book("h2").title("The dream of the red chamber").author("Cao").year("1958").language("chi").build()));
    private final FakeMember peak = FakeMember.named("peak").answering(List.of(
            Records.book("p1").title("Botany").subject("Dream plants").author("Li").year("2010").build(),
            Records.book("p2").title("The dream of the red chamber").author("Cao").year("1958").language("chi").build(),
            Records.book("p3").title("Atlas of dreams").author("Zhou").year("1999").type("em").build()));
    private final UnionEngine engine = fixture.engine(harbour, peak);

    private static List<String> titles(UnionResult result) {
        return result.records().stream().map(r -> r.record().values("245", 'a').get(0)).toList();
    }

    private UnionResult run(List<SortKey> keys) {
        return search(engine, UnionRequest.of(new SearchQuery(Clause.of("cql.anywhere", "dream"), keys)));
    }

    @Test
    void relevanceRanksAcrossMembersAndRewardsSharedHoldings() {
        UnionResult result = run(List.of());
        assertThat(titles(result).get(0)).isEqualTo("The dream of the red chamber");
        assertThat(result.records().get(0).memberIds()).containsExactly("harbour", "peak");
        assertThat(titles(result).get(1)).isEqualTo("Botany");
        // Neither matches the word "dream": equal scores, so the union id decides.
        assertThat(titles(result).subList(2, 4)).containsExactly("Gardens of China", "Atlas of dreams");
        assertThat(result.records()).extracting(UnionRecord::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void sortKeysOrderTheWholeUnion() {
        assertThat(titles(run(List.of(SortKey.ascending("dc.title")))))
                .containsExactly("Atlas of dreams", "Botany", "Gardens of China", "The dream of the red chamber");
        assertThat(titles(run(List.of(SortKey.descending("dc.date")))))
                .containsExactly("Botany", "Atlas of dreams", "Gardens of China", "The dream of the red chamber");
        assertThat(titles(run(List.of(SortKey.ascending("dc.creator")))))
                .containsExactly("The dream of the red chamber", "Botany", "Gardens of China", "Atlas of dreams");
    }

    @Test
    void anUnsupportedSortKeyIsReportedNotIgnoredSilently() {
        UnionResult result = run(List.of(SortKey.ascending("dc.publisher")));
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.UNSUPPORTED_SORT_PATH));
        assertThat(result.records()).hasSize(4);
    }

    @Test
    void theSameSearchGivesTheSameOrderInAFreshEngine() {
        UnionResult first = run(List.of());
        UnionEngine other = new EngineFixture().engine(harbour, peak);
        UnionResult second = search(other, UnionRequest.of(SearchQuery.of(Clause.of("cql.anywhere", "dream"))));
        assertThat(second.records()).extracting(UnionRecord::unionId)
                .isEqualTo(first.records().stream().map(UnionRecord::unionId).toList());
    }

    @Test
    void facetsDescribeTheUnion() {
        UnionResult result = run(List.of());
        assertThat(result.facet(Facet.MEMBER).orElseThrow().count("peak")).isEqualTo(3);
        assertThat(result.facet(Facet.MEMBER).orElseThrow().count("harbour")).isEqualTo(2);
        assertThat(result.facet(Facet.LANGUAGE).orElseThrow().count("chi")).isEqualTo(1);
        assertThat(result.facet(Facet.DECADE).orElseThrow().count("1950s")).isEqualTo(1);
        assertThat(result.facet(Facet.FORMAT).orElseThrow().count("map")).isEqualTo(1);
        assertThat(result.facet(Facet.FORMAT).orElseThrow().count("book")).isEqualTo(3);
        assertThat(result.totalHits()).isEqualTo(5);
        assertThat(result.count().value()).isEqualTo(4);
        assertThat(result.complete()).isTrue();
    }
}
