package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.embedded.CatalogueFixture.and;
import static org.unigate.embedded.CatalogueFixture.clause;
import static org.unigate.embedded.Records.record;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

/** What the catalogue cannot answer faithfully, it reports instead of guessing. */
class QueryDiagnosticsTest {

    private static CatalogueFixture fixture;

    @BeforeAll
    static void load() {
        fixture = CatalogueFixture.of(record("one").fixed("2000", "eng").field("245", "10", "a", "Title one.").build());
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @Test
    void unknownIndexIsReportedWithItsNameNotSearchedElsewhere() {
        Diagnostic d = fixture.diagnostic(clause("dc.nonsense", "=", "title"));
        assertThat(d.condition()).isEqualTo(Condition.UNSUPPORTED_INDEX);
        assertThat(d.details()).isEqualTo("dc.nonsense");
        assertThat(fixture.diagnostic(and(clause("dc.title", "=", "title"), clause("x.y", "=", "one"))).condition())
                .isEqualTo(Condition.UNSUPPORTED_INDEX);
    }

    @Test
    void unknownRelationAndModifierAreReported() {
        assertThat(fixture.diagnostic(clause("dc.title", "encloses", "one")).condition())
                .isEqualTo(Condition.UNSUPPORTED_RELATION);
        Clause stemmed = new Clause("dc.title", new Relation("=", List.of(Modifier.of("stem"))), "one");
        Diagnostic d = fixture.diagnostic(stemmed);
        assertThat(d.condition()).isEqualTo(Condition.UNSUPPORTED_RELATION_MODIFIER);
        assertThat(d.details()).isEqualTo("stem");
    }

    @Test
    void resultSetReferencesAreLeftToTheEngine() {
        assertThat(fixture.diagnostic(new ResultSetRef("s1")).condition()).isEqualTo(Condition.RESULT_SETS_NOT_SUPPORTED);
    }

    @Test
    void badTermsAreReported() {
        assertThat(fixture.diagnostic(clause("dc.title", "=", "")).condition()).isEqualTo(Condition.EMPTY_TERM);
        assertThat(fixture.diagnostic(clause("dc.date", "<", "last year")).condition()).isEqualTo(Condition.QUERY_SYNTAX_ERROR);
        assertThat(fixture.diagnostic(clause("dc.date", ">", "19*")).condition()).isEqualTo(Condition.UNSUPPORTED_WILDCARD);
        assertThat(fixture.diagnostic(clause("dc.title", "=", "x".repeat(1001))).condition()).isEqualTo(Condition.TERM_TOO_LONG);
    }

    @Test
    void unsupportedProximityIsReported() {
        Query sentence = new BooleanQuery(BooleanOp.PROX, clause("dc.title", "=", "title"), clause("dc.title", "=", "one"),
                List.of(Modifier.of("unit", "=", "sentence")));
        assertThat(fixture.diagnostic(sentence).condition()).isEqualTo(Condition.UNSUPPORTED_PROXIMITY_UNIT);
        Query farApart = new BooleanQuery(BooleanOp.PROX, clause("dc.title", "=", "title"), clause("dc.title", "=", "one"),
                List.of(Modifier.of("distance", ">", "3")));
        assertThat(fixture.diagnostic(farApart).condition()).isEqualTo(Condition.UNSUPPORTED_PROXIMITY_RELATION);
        Query acrossIndexes = BooleanQuery.of(BooleanOp.PROX, clause("dc.title", "=", "title"), clause("dc.creator", "=", "one"));
        assertThat(fixture.diagnostic(acrossIndexes).condition()).isEqualTo(Condition.QUERY_FEATURE_UNSUPPORTED);
    }

    @Test
    void hugeOrDeepQueriesAreRefused() {
        Query deep = clause("dc.title", "=", "one");
        for (int i = 0; i < QueryTranslator.MAX_DEPTH + 5; i++) {
            deep = BooleanQuery.of(BooleanOp.OR, deep, clause("dc.title", "=", "w" + i));
        }
        assertThat(fixture.diagnostic(deep).condition()).isEqualTo(Condition.TOO_MANY_BOOLEAN_OPERATORS);
    }

    @Test
    void aMaskInsideProximityThatMatchesTooManyWordsIsReported() throws Exception {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            words.append(" w").append(i);
        }
        try (CatalogueFixture many = CatalogueFixture.of(record("many").field("245", "10", "a", "start" + words).build())) {
            Query prox = BooleanQuery.of(BooleanOp.PROX, clause("dc.title", "=", "start"), clause("dc.title", "=", "w*"));
            assertThat(many.diagnostic(prox).condition()).isEqualTo(Condition.UNSUPPORTED_WILDCARD);
            assertThat(many.ids("dc.title", "=", "w*")).containsExactly("many");
        }
    }

    @Test
    void unsupportedSortKeyIsReported() {
        SearchQuery bySubject = SearchQuery.of(clause("dc.title", "=", "one")).withSortKeys(List.of(SortKey.ascending("dc.subject")));
        assertThat(fixture.diagnostic(bySubject).condition()).isEqualTo(Condition.UNSUPPORTED_SORT_PATH);
    }

    @Test
    void allRecordsMatchesEverything() {
        assertThat(fixture.ids(clause("cql.allRecords", "=", "1"))).containsExactly("one");
    }
}
