package org.unigate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.embedded.CatalogueFixture.and;
import static org.unigate.embedded.CatalogueFixture.clause;
import static org.unigate.embedded.CatalogueFixture.not;
import static org.unigate.embedded.CatalogueFixture.or;
import static org.unigate.embedded.Records.record;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;

/** Word relations, masks, anchors, booleans and proximity on word indexes. */
class WordSearchTest {

    private static CatalogueFixture fixture;

    @BeforeAll
    static void load() {
        fixture = CatalogueFixture.of(
                record("red").field("245", "14", "a", "The red chamber :", "b", "a dream in the house.")
                        .field("100", "1 ", "a", "Müller, Anna.").field("650", " 0", "a", "Dreams.").build(),
                record("chamber").field("245", "10", "a", "Chamber music of the red house.")
                        .field("100", "1 ", "a", "Mueller, Jan.").build(),
                record("dream").field("245", "10", "a", "Dream of a chamber.")
                        .field("500", "  ", "a", "Translated from the Chinese.").build(),
                record("blue").field("245", "10", "a", "Blue house /", "c", "by Anna Red.").build());
    }

    @AfterAll
    static void close() throws Exception {
        fixture.close();
    }

    @Test
    void equalsNeedsEveryWordInAnyOrder() {
        assertThat(fixture.ids("dc.title", "=", "chamber red")).containsExactlyInAnyOrder("red", "chamber");
        assertThat(fixture.ids("dc.title", "all", "chamber red")).containsExactlyInAnyOrder("red", "chamber");
        assertThat(fixture.ids("dc.title", "any", "music dream")).containsExactlyInAnyOrder("red", "chamber", "dream");
    }

    @Test
    void adjNeedsThePhrase() {
        assertThat(fixture.ids("dc.title", "adj", "red chamber")).containsExactly("red");
        assertThat(fixture.ids("dc.title", "adj", "chamber red")).isEmpty();
    }

    @Test
    void foldingIgnoresCaseAndDiacriticsButNotSpelling() {
        assertThat(fixture.ids("dc.creator", "=", "MULLER")).containsExactly("red");
        assertThat(fixture.ids("dc.creator", "=", "müller")).containsExactly("red");
        assertThat(fixture.ids("dc.creator", "=", "mueller")).containsExactly("chamber");
    }

    @Test
    void masksMatchWithinWords() {
        assertThat(fixture.ids("dc.title", "=", "cham*")).containsExactlyInAnyOrder("red", "chamber", "dream");
        assertThat(fixture.ids("dc.title", "=", "h?use")).containsExactlyInAnyOrder("red", "chamber", "blue");
        assertThat(fixture.ids("dc.title", "adj", "red cha*")).containsExactly("red");
        assertThat(fixture.ids("dc.title", "=", "cham")).isEmpty();
    }

    @Test
    void unmaskedModifierTreatsMasksAsText() {
        Clause masked = new Clause("dc.title", new Relation("=", List.of(Modifier.of("unmasked"))), "cham*");
        assertThat(fixture.ids(masked)).isEmpty();
    }

    @Test
    void anchorsTieTheTermToTheStartOrEndOfAValue() {
        assertThat(fixture.ids("dc.title", "=", "^red chamber")).containsExactly("red");
        assertThat(fixture.ids("dc.title", "=", "^the red")).containsExactly("red");
        assertThat(fixture.ids("dc.title", "=", "^chamber")).containsExactly("chamber");
        assertThat(fixture.ids("dc.title", "=", "of a chamber^")).containsExactly("dream");
        assertThat(fixture.ids("dc.title", "=", "^dream of a chamber^")).containsExactly("dream");
    }

    @Test
    void exactMatchesAWholeValueIgnoringArticleAndPunctuation() {
        assertThat(fixture.ids("dc.title", "==", "red chamber")).containsExactly("red");
        assertThat(fixture.ids("dc.title", "exact", "The red chamber: a dream in the house")).containsExactly("red");
        assertThat(fixture.ids("dc.title", "==", "red")).isEmpty();
        assertThat(fixture.ids("dc.title", "==", "red cham*")).containsExactly("red");
    }

    @Test
    void booleansFollowSetArithmetic() {
        Query red = clause("cql.serverChoice", "=", "red");
        Query dream = clause("cql.serverChoice", "=", "dream");
        long a = fixture.hits(red);
        long b = fixture.hits(dream);
        long both = fixture.hits(and(red, dream));
        assertThat(List.of(a, b, both)).containsExactly(3L, 2L, 1L);
        assertThat(fixture.hits(or(red, dream))).isEqualTo(a + b - both);
        assertThat(fixture.hits(not(red, dream))).isEqualTo(a - both);
        assertThat(fixture.ids(not(red, dream))).containsExactlyInAnyOrder("chamber", "blue");
    }

    @Test
    void notEqualMatchesRecordsWithoutThatValue() {
        assertThat(fixture.ids("dc.title", "<>", "red chamber")).containsExactlyInAnyOrder("chamber", "dream", "blue");
    }

    @Test
    void anyIndexCoversNotesAndAuthors() {
        assertThat(fixture.ids("cql.serverChoice", "=", "translated chinese")).containsExactly("dream");
        assertThat(fixture.ids("cql.serverChoice", "=", "anna")).containsExactlyInAnyOrder("red", "blue");
        assertThat(fixture.ids("dc.title", "=", "anna")).isEmpty();
    }

    @Test
    void proximityHonoursDistanceAndOrder() {
        Query red = clause("dc.title", "=", "red");
        Query house = clause("dc.title", "=", "house");
        // "Chamber music of the red house": adjacent; "The red chamber : a dream in the house": 6 apart.
        assertThat(fixture.ids(prox(red, house))).containsExactly("chamber");
        assertThat(fixture.ids(prox(house, red))).containsExactly("chamber");
        assertThat(fixture.ids(prox(house, red, Modifier.of("ordered")))).isEmpty();
        assertThat(fixture.ids(prox(red, house, Modifier.of("distance", "<=", "5")))).containsExactly("chamber");
        assertThat(fixture.ids(prox(red, house, Modifier.of("distance", "<=", "6")))).containsExactlyInAnyOrder("red", "chamber");
        assertThat(fixture.ids(prox(red, house, Modifier.of("distance", "<", "7")))).containsExactlyInAnyOrder("red", "chamber");
    }

    private static Query prox(Query left, Query right, Modifier... modifiers) {
        return new BooleanQuery(BooleanOp.PROX, left, right, List.of(modifiers));
    }
}
