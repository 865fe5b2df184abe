package org.unigate.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.SearchQuery;

/** Hostile input meets a diagnostic, never the thread's stack. Nothing here asserts time. */
class CqlParserLimitsTest {

    private static final CqlParser UNBOUNDED = new CqlParser(Integer.MAX_VALUE, Integer.MAX_VALUE);

    @Test
    void aQueryOverTheLengthLimitIsRefusedBeforeItIsRead() {
        String huge = "a".repeat(100_000);

        CqlException e = catchThrowableOfType(CqlException.class, () -> CqlParser.DEFAULT.parse(huge));

        assertThat(e.condition()).isEqualTo(Condition.QUERY_FEATURE_UNSUPPORTED);
        assertThat(e.diagnostic().details()).contains("100000 characters").contains("32768");
    }

    @Test
    void tenThousandNestedParenthesesMeetTheDepthLimit() {
        String nested = "(".repeat(10_000) + "a" + ")".repeat(10_000);

        CqlException e = catchThrowableOfType(CqlException.class, () -> CqlParser.DEFAULT.parse(nested));

        assertThat(e.condition()).isEqualTo(Condition.QUERY_FEATURE_UNSUPPORTED);
        assertThat(e.position()).isEqualTo(CqlParser.DEFAULT_MAX_DEPTH);
        assertThat(e.diagnostic().details()).contains("parentheses nest deeper than 512 levels");
    }

    @Test
    void aLongBooleanChainMeetsTheDepthLimitAtTheOperatorThatCrossesIt() {
        CqlParser parser = new CqlParser(100_000, 10);
        String chain = "a" + " and a".repeat(9);

        assertThat(depth(parser.parse(chain).root())).isEqualTo(10);
        CqlException e = catchThrowableOfType(CqlException.class, () -> parser.parse(chain + " or b"));
        assertThat(e.condition()).isEqualTo(Condition.TOO_MANY_BOOLEAN_OPERATORS);
        assertThat(e.position()).isEqualTo(chain.length() + 1);
    }

    @Test
    void parenthesesWithinTheLimitAreFine() {
        CqlParser parser = new CqlParser(1000, 3);

        assertThat(parser.parse("(((a)))").root()).isEqualTo(CqlTrees.term("a"));
        assertThat(catchThrowableOfType(CqlException.class, () -> parser.parse("((((a))))")).position()).isEqualTo(3);
    }

    @Test
    void tooManyPrefixAssignmentsAreRefused() {
        String prefixes = ">dc=\"info:srw/cql-context-set/1/dc-v1.1\" ".repeat(QueryReader.MAX_PREFIX_ASSIGNMENTS + 1);

        CqlException e = catchThrowableOfType(CqlException.class, () -> CqlParser.DEFAULT.parse(prefixes + "a"));

        assertThat(e.condition()).isEqualTo(Condition.QUERY_FEATURE_UNSUPPORTED);
        assertThat(e.diagnostic().details()).contains("prefix assignments");
    }

    @Test
    void theParserDoesNotRecurseEvenWithoutLimits() {
        String nested = "(".repeat(50_000) + "a" + ")".repeat(50_000);
        assertThat(UNBOUNDED.parse(nested).root()).isEqualTo(CqlTrees.term("a"));

        String chain = "a" + " or b".repeat(30_000);
        assertThat(depth(UNBOUNDED.parse(chain).root())).isEqualTo(30_001);

        String rightDeep = "a or (".repeat(30_000) + "b" + ")".repeat(30_000);
        assertThat(depth(UNBOUNDED.parse(rightDeep).root())).isEqualTo(30_001);
    }

    @Test
    void writersAndValidatorWalkDeepTreesWithoutRecursion() {
        Query deep = CqlTrees.term("x");
        for (int i = 0; i < 30_000; i++) {
            deep = i % 2 == 0 ? BooleanQuery.of(BooleanOp.AND, CqlTrees.term("a"), deep)
                    : BooleanQuery.of(BooleanOp.OR, deep, new Clause("dc.title", CqlTrees.rel("="), "b"));
        }
        SearchQuery query = SearchQuery.of(deep);

        String cql = CqlWriter.write(query);
        assertThat(depth(UNBOUNDED.parse(cql).root())).isEqualTo(30_001);
        assertThat(CqlWriter.write(UNBOUNDED.parse(cql))).isEqualTo(cql);
        assertThat(CqlValidator.standard().check(query)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> XcqlWriter.write(query))
                .withMessageContaining("too deeply");
    }

    @Test
    void xcqlOfADeepButWritableTreeIsComplete() {
        Query deep = CqlTrees.term("x");
        for (int i = 0; i < 5_000; i++) {
            deep = BooleanQuery.of(BooleanOp.AND, CqlTrees.term("a"), deep);
        }

        String xcql = XcqlWriter.write(SearchQuery.of(deep));

        assertThat(xcql).startsWith("<triple").endsWith("</triple>");
        assertThat(xcql.split("<triple", -1)).hasSize(5_001);
        assertThat(xcql.split("</triple>", -1)).hasSize(5_001);
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CqlParser(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new CqlParser(10, 0));
    }

    /** Tree depth, counted without recursion. */
    static int depth(Query root) {
        int max = 0;
        java.util.Deque<Object[]> work = new java.util.ArrayDeque<>();
        work.push(new Object[] {root, 1});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            int d = (Integer) item[1];
            max = Math.max(max, d);
            if (item[0] instanceof BooleanQuery b) {
                work.push(new Object[] {b.left(), d + 1});
                work.push(new Object[] {b.right(), d + 1});
            }
        }
        return max;
    }
}
