package org.unigate.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.unigate.cql.CqlTrees.and;
import static org.unigate.cql.CqlTrees.clause;
import static org.unigate.cql.CqlTrees.key;
import static org.unigate.cql.CqlTrees.mod;
import static org.unigate.cql.CqlTrees.or;
import static org.unigate.cql.CqlTrees.query;
import static org.unigate.cql.CqlTrees.rel;
import static org.unigate.cql.CqlTrees.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;
import org.unigate.query.Terms;

/** parse(write(tree)) == tree over thousands of random trees, and what canonical CQL looks like. */
class CqlRoundTripTest {

    private static final String[] INDEXES = {
        "dc.title", "dc.creator", "title", "bath.isbn", "cql.serverChoice", "rec.id", "題名", "my index", "and",
        "x.y.z", "dc.Title"};
    private static final String[] RELATIONS = {
        "=", "==", "<>", "<", ">", "<=", ">=", "adj", "all", "any", "within", "encloses", "exact", "scr",
        "cql.adj", "cql.any", "bib.near"};
    private static final String[] PIECES = {
        "a", "cat", "Z", "1999", "紅樓夢", "曹雪芹", "한국", "Ærø", "𠀀", " ", "  ", "*", "?", "^", "\\*", "\\?", "\\^",
        "\\\\", "\\\"", "\\(", "(", ")", "=", "<", ">", "/", "and", "OR", "not", "prox", "sortBy", ".", "-", "'",
        "\u3000", "\t"};

    @Test
    void randomTreesReadBackEqualAfterWriting() {
        Random random = new Random(20240611L);
        for (int i = 0; i < 2_000; i++) {
            SearchQuery tree = new SearchQuery(tree(random, 5), sortKeys(random));
            String cql = CqlWriter.write(tree);

            SearchQuery back = CqlParser.DEFAULT.parse(cql);

            assertThat(back).as("tree %d written as %s", i, cql).isEqualTo(tree);
            assertThat(CqlWriter.write(back)).isEqualTo(cql);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a and b or c                     | a and b or c",
        "a or (b and c)                   | a or (b and c)",
        "(a or b) and c                   | a or b and c",
        "((a))                            | a",
        "a and (b or (c not d))           | a and (b or (c not d))",
        "dc.title=\"x\"                   | dc.title = x",
        "harry potter                     | \"harry potter\"",
        "\"and\"                          | \"and\"",
        "\"SortBy\"                       | \"SortBy\"",
        "\"\"                             | \"\"",
        "cql.serverChoice = x             | x",
        "cql.serverChoice any x           | cql.serverChoice any x",
        "x\\*y                            | x\\*y",
        "\"a\\\"b\"                       | a\\\"b",
        "\"a (b)\"                        | \"a (b)\"",
        "\"a/b\"                          | \"a/b\"",
        "紅樓夢　曹雪芹                   | 紅樓夢　曹雪芹",
        "title ANY/Relevant x             | title any/Relevant x",
        "a PROX/unit=word/distance<=3 b   | a prox/unit=word/distance<=3 b",
        "a sortby dc.date/sort.descending | a sortBy dc.date/sort.descending",
        "cql.resultSetId = rs1            | cql.resultSetId = rs1",
        "title =/locale=\"ja JP\" x       | title =/locale=\"ja JP\" x",
        ">dc=\"info:srw/cql-context-set/1/dc-v1.1\" dc.title = x | dc.title = x"})
    void canonicalFormIsMinimal(String cql, String canonical) {
        assertThat(CqlWriter.write(CqlParser.DEFAULT.parse(cql))).isEqualTo(canonical);
    }

    @Test
    void parenthesesGoOnlyAroundABooleanRightOperand() {
        assertThat(CqlWriter.write(or(term("a"), and(term("b"), term("c"))))).isEqualTo("a or (b and c)");
        assertThat(CqlWriter.write(and(or(term("a"), term("b")), term("c")))).isEqualTo("a or b and c");
        assertThat(CqlWriter.write(and(or(term("a"), term("b")), or(term("c"), term("d")))))
                .isEqualTo("a or b and (c or d)");
    }

    @Test
    void aHandBuiltTermWithABareQuoteIsEscapedAndMeansTheSame() {
        Clause bare = clause("dc.title", "=", "say \"hi\" \\");

        String cql = CqlWriter.write(bare);
        Clause back = (Clause) CqlParser.DEFAULT.parse(cql).root();

        assertThat(cql).isEqualTo("dc.title = \"say \\\"hi\\\" \\\\\"");
        assertThat(Terms.unescape(back.term())).isEqualTo(Terms.unescape(bare.term()));
    }

    @Test
    void resultSetNamesAreEscapedSoMasksStayLiteral() {
        ResultSetRef ref = new ResultSetRef("odd *name? \"x\" \\");

        assertThat(CqlParser.DEFAULT.parse(CqlWriter.write(SearchQuery.of(ref))).root()).isEqualTo(ref);
    }

    @Test
    void aRelationCqlCannotSpellIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CqlWriter.write(clause("title", "near", "x")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CqlWriter.write(clause("title", rel("=", mod("a b")), "x")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CqlWriter.write(clause("title", rel("=", mod("a", "~", "b")), "x")));
    }

    @Test
    void sortKeysFollowTheQuery() {
        assertThat(CqlWriter.write(query(term("a"), key("dc.title", mod("sort.descending")), key("dc.date"))))
                .isEqualTo("a sortBy dc.title/sort.descending dc.date");
    }

    private static Query tree(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return leaf(random);
        }
        BooleanOp op = BooleanOp.values()[random.nextInt(4)];
        List<Modifier> modifiers = new ArrayList<>();
        if (op == BooleanOp.PROX && random.nextBoolean()) {
            modifiers.add(mod("unit", "=", "word"));
            modifiers.add(mod("distance", pick(random, "<=", ">", "="), Integer.toString(random.nextInt(10))));
            modifiers.add(mod(pick(random, "ordered", "cql.unordered")));
        } else if (random.nextInt(6) == 0) {
            modifiers.add(mod("rel.combine", "=", randomTerm(random)));
        }
        return new BooleanQuery(op, tree(random, depth - 1), tree(random, depth - 1), modifiers);
    }

    private static Query leaf(Random random) {
        if (random.nextInt(25) == 0) {
            return new ResultSetRef(Terms.unescape(randomTerm(random)) + random.nextInt(100));
        }
        List<Modifier> modifiers = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? random.nextInt(3) + 1 : 0; i > 0; i--) {
            modifiers.add(random.nextBoolean()
                    ? mod(pick(random, "relevant", "cql.string", "stem", "isoDate"))
                    : mod(pick(random, "locale", "x.y"), pick(random, "=", "<>", ">="), randomTerm(random)));
        }
        String index = random.nextInt(3) == 0 ? Clause.SERVER_CHOICE : pick(random, INDEXES);
        String relation = random.nextInt(3) == 0 ? "=" : pick(random, RELATIONS);
        return new Clause(index, new Relation(relation, modifiers), randomTerm(random));
    }

    private static List<SortKey> sortKeys(Random random) {
        List<SortKey> keys = new ArrayList<>();
        for (int i = random.nextInt(4) == 0 ? random.nextInt(3) + 1 : 0; i > 0; i--) {
            keys.add(random.nextBoolean()
                    ? key(pick(random, INDEXES))
                    : key(pick(random, INDEXES), mod("sort.descending"), mod("sort.missingValue", "=", randomTerm(random))));
        }
        return keys;
    }

    /** A term in canonical CQL term syntax: every quote and backslash escaped, masks free. */
    private static String randomTerm(Random random) {
        StringBuilder term = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
            term.append(pick(random, PIECES));
        }
        return term.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
