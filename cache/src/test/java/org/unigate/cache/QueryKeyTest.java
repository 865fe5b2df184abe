package org.unigate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Relation;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

class QueryKeyTest {

    private static SearchQuery titleAndAuthor(String titleIndex, String title) {
        return SearchQuery.of(BooleanQuery.of(BooleanOp.AND, Clause.of(titleIndex, title), Clause.of("dc.creator", "cao")));
    }

    @Test
    void equalTreesGiveEqualKeys() {
        assertThat(QueryKey.of(titleAndAuthor("dc.title", "dream")))
                .isEqualTo(QueryKey.of(titleAndAuthor("dc.title", "dream")));
    }

    @Test
    void indexNameCaseIsIgnoredButAliasesAreNotMerged() {
        assertThat(QueryKey.of(titleAndAuthor("DC.Title", "dream")))
                .isEqualTo(QueryKey.of(titleAndAuthor("dc.title", "dream")));
        assertThat(QueryKey.of(titleAndAuthor("bath.title", "dream")))
                .isNotEqualTo(QueryKey.of(titleAndAuthor("dc.title", "dream")));
    }

    @Test
    void termsKeepTheirCaseAndSpacing() {
        assertThat(QueryKey.of(titleAndAuthor("dc.title", "Dream")))
                .isNotEqualTo(QueryKey.of(titleAndAuthor("dc.title", "dream")));
        assertThat(QueryKey.of(titleAndAuthor("dc.title", "red  chamber")))
                .isNotEqualTo(QueryKey.of(titleAndAuthor("dc.title", "red chamber")));
    }

    @Test
    void canonicallyEquivalentTermsShareAKey() {
        String composed = "caf\u00e9";
        String decomposed = "cafe\u0301";
        assertThat(QueryKey.of(SearchQuery.of(Clause.of("dc.title", composed))))
                .isEqualTo(QueryKey.of(SearchQuery.of(Clause.of("dc.title", decomposed))));
    }

    @Test
    void aTermCannotImitateQueryStructure() {
        SearchQuery tricky = SearchQuery.of(Clause.of("dc.title", "a\") (dc.title = \"b"));
        SearchQuery twoClauses = SearchQuery.of(BooleanQuery.of(BooleanOp.AND,
                Clause.of("dc.title", "a"), Clause.of("dc.title", "b")));
        assertThat(QueryKey.of(tricky)).isNotEqualTo(QueryKey.of(twoClauses));
    }

    @Test
    void operatorsRelationsModifiersAndSortKeysAllCount() {
        SearchQuery and = titleAndAuthor("dc.title", "dream");
        SearchQuery or = SearchQuery.of(BooleanQuery.of(BooleanOp.OR, Clause.of("dc.title", "dream"), Clause.of("dc.creator", "cao")));
        assertThat(QueryKey.of(and)).isNotEqualTo(QueryKey.of(or));

        SearchQuery exact = SearchQuery.of(new Clause("dc.title", new Relation("exact", List.of()), "dream"));
        SearchQuery adj = SearchQuery.of(new Clause("dc.title", new Relation("adj", List.of()), "dream"));
        SearchQuery stemmed = SearchQuery.of(new Clause("dc.title", new Relation("adj", List.of(Modifier.of("stem"))), "dream"));
        assertThat(List.of(QueryKey.of(exact), QueryKey.of(adj), QueryKey.of(stemmed))).doesNotHaveDuplicates();

        assertThat(QueryKey.of(and.withSortKeys(List.of(SortKey.ascending("dc.date")))))
                .isNotEqualTo(QueryKey.of(and.withSortKeys(List.of(SortKey.descending("dc.date")))))
                .isNotEqualTo(QueryKey.of(and));
    }

    @Test
    void resultSetReferencesAreKeyedByName() {
        assertThat(QueryKey.of(SearchQuery.of(new ResultSetRef("a"))))
                .isNotEqualTo(QueryKey.of(SearchQuery.of(new ResultSetRef("b"))))
                .isNotEqualTo(QueryKey.of(SearchQuery.of(Clause.of("cql.resultSetId", "a"))));
    }
}
