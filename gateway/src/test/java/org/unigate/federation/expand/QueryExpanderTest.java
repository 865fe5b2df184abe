package org.unigate.federation.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

class QueryExpanderTest {

    private static List<Clause> clauses(Query q) {
        if (q instanceof Clause c) {
            return List.of(c);
        }
        BooleanQuery b = (BooleanQuery) q;
        return java.util.stream.Stream.concat(clauses(b.left()).stream(), clauses(b.right()).stream()).toList();
    }

    @Test
    void aTraditionalTermBecomesAnOrOfBothScripts() {
        Query expanded = QueryExpander.expand(SearchQuery.of(Clause.of("dc.title", "紅樓夢"))).root();

        assertThat(expanded).isInstanceOfSatisfying(BooleanQuery.class, b -> assertThat(b.op()).isEqualTo(BooleanOp.OR));
        assertThat(clauses(expanded)).extracting(Clause::term).containsExactlyInAnyOrder("紅樓夢", "红楼梦");
        assertThat(clauses(expanded)).extracting(Clause::index).containsOnly("dc.title");
    }

    @Test
    void aSimplifiedTermGetsItsTraditionalForm() {
        Query expanded = QueryExpander.expand(SearchQuery.of(Clause.of("dc.title", "红楼梦"))).root();
        assertThat(clauses(expanded)).extracting(Clause::term).containsExactlyInAnyOrder("红楼梦", "紅樓夢");
    }

    @Test
    void relationsMasksAndEscapesSurvive() {
        Relation adj = Relation.of("adj");
        Query expanded = QueryExpander.expand(SearchQuery.of(new Clause("dc.title", adj, "紅樓*\\?"))).root();
        assertThat(clauses(expanded)).extracting(Clause::term).containsExactlyInAnyOrder("紅樓*\\?", "红楼*\\?");
        assertThat(clauses(expanded)).extracting(Clause::relation).containsOnly(adj);
    }

    @Test
    void termsWithoutHanAndSortKeysAreLeftAlone() {
        SearchQuery query = new SearchQuery(BooleanQuery.of(BooleanOp.AND,
                Clause.of("dc.creator", "cao xueqin"), Clause.of("dc.title", "夢")), List.of(SortKey.ascending("dc.date")));

        SearchQuery expanded = QueryExpander.expand(query);

        BooleanQuery and = (BooleanQuery) expanded.root();
        assertThat(and.left()).isSameAs(((BooleanQuery) query.root()).left());
        assertThat(clauses(and.right())).extracting(Clause::term).containsExactlyInAnyOrder("夢", "梦");
        assertThat(expanded.sortKeys()).isEqualTo(query.sortKeys());
        SearchQuery latin = SearchQuery.of(Clause.of("dc.title", "dream"));
        assertThat(QueryExpander.expand(latin)).isSameAs(latin);
    }

    @Test
    void hanTextWithOneFormIsNotExpanded() {
        SearchQuery query = SearchQuery.of(Clause.of("dc.title", "中文"));
        assertThat(QueryExpander.expand(query)).isSameAs(query);
    }
}
