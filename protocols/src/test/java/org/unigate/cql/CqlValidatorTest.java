package org.unigate.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.BooleanOp;
import org.unigate.query.SearchQuery;
import org.unigate.query.StandardIndex;

class CqlValidatorTest {

    private static final CqlValidator STANDARD = CqlValidator.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "cat",
        "dc.title = \"dream of the red chamber\" and dc.creator = 曹雪芹",
        "title any \"紅樓夢 石頭記\" or bath.isbn = 0747532699",
        "dc.title =/relevant/cql.string x not dc.subject == fiction",
        "dc.date >= 1990 and dc.date < 2000",
        "dc.title = cat* and dc.title = c?t and dc.title = \"^cat in the hat\"",
        "dc.title = *ology",
        "dc.title = \\*",
        "a prox/unit=word/distance<=3/ordered b",
        "a PROX/cql.unit=paragraph/distance>2 b",
        "cql.resultSetId = rs1 and cat",
        "cat sortBy dc.date/sort.descending dc.title/sort.missingValue=zzz",
        "cat sortBy dc.title/descending",
        "dc.title =/unmasked *"})
    void theStandardValidatorAcceptsOrdinaryQueries(String cql) {
        assertThat(STANDARD.check(parse(cql))).isEmpty();
        assertThatNoException().isThrownBy(() -> STANDARD.validate(parse(cql)));
    }

    @ParameterizedTest
    @EnumSource(value = StandardIndex.class, mode = EnumSource.Mode.EXCLUDE, names = "UNKNOWN")
    void everyStandardIndexIsSupportedByDefault(StandardIndex index) {
        assertThat(STANDARD.check(parse(index.cqlName() + " = x"))).isEmpty();
    }

    static Stream<Arguments> standardProblems() {
        return Stream.of(
                problem("dc.nosuchindex = x", Condition.UNSUPPORTED_INDEX, "dc.nosuchindex"),
                problem("wibble = x", Condition.UNSUPPORTED_INDEX, "wibble"),
                problem("foo.title = x", Condition.UNSUPPORTED_CONTEXT_SET, "foo"),
                problem(">foo=\"http://example.org/\" foo.bar = x", Condition.UNSUPPORTED_CONTEXT_SET, "foo"),
                problem("dc.title bib.near x", Condition.UNSUPPORTED_RELATION, "bib.near"),
                problem("dc.title =/bib.portion=main x", Condition.UNSUPPORTED_RELATION_MODIFIER, "bib.portion"),
                problem("dc.title =/frobnicate x", Condition.UNSUPPORTED_RELATION_MODIFIER, "frobnicate"),
                problem("dc.title = *", Condition.UNSUPPORTED_WILDCARD, "a term of masking characters only"),
                problem("dc.title = \"^*\"", Condition.UNSUPPORTED_WILDCARD, "^*"),
                problem("dc.title any \"cat ?\"", Condition.UNSUPPORTED_WILDCARD, "cat ?"),
                problem("*", Condition.UNSUPPORTED_WILDCARD, "*"),
                problem("dc.title = \"\"", Condition.EMPTY_TERM, "dc.title"),
                problem("dc.title = \"x\" and/rel.combine=sum y", Condition.UNSUPPORTED_BOOLEAN_MODIFIER, "rel.combine"),
                problem("a or/x b", Condition.UNSUPPORTED_BOOLEAN_MODIFIER, "x"),
                problem("a prox/unit=furlong b", Condition.UNSUPPORTED_PROXIMITY_UNIT, "furlong"),
                problem("a prox/unit b", Condition.UNSUPPORTED_PROXIMITY_UNIT, "unit"),
                problem("a prox/distance<=x b", Condition.UNSUPPORTED_PROXIMITY_DISTANCE, "x"),
                problem("a prox/distance=-1 b", Condition.UNSUPPORTED_PROXIMITY_DISTANCE, "-1"),
                problem("a prox/distance=99999999999 b", Condition.UNSUPPORTED_PROXIMITY_DISTANCE, "99999999999"),
                problem("a prox/distance b", Condition.UNSUPPORTED_PROXIMITY_RELATION, "distance"),
                problem("a prox/ordered/unordered b", Condition.UNSUPPORTED_PROXIMITY_ORDERING, "both"),
                problem("a prox/window=3 b", Condition.UNSUPPORTED_BOOLEAN_MODIFIER, "window"),
                problem("a prox/rel.x b", Condition.UNSUPPORTED_BOOLEAN_MODIFIER, "rel.x"),
                problem("cat sortBy dc.nosuch", Condition.UNSUPPORTED_INDEX, "dc.nosuch"),
                problem("cat sortBy dc.title/sort.sideways", Condition.SORT_NOT_SUPPORTED, "sort.sideways"),
                problem("cat sortBy a b c d e f g h i", Condition.TOO_MANY_SORT_KEYS, "9"),
                problem("dc.title = \"" + "x".repeat(1025) + "\"", Condition.TERM_TOO_LONG, "xxxxx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standardProblems")
    void theStandardValidatorNamesEachProblem(String cql, Condition condition, String details) {
        List<Diagnostic> problems = STANDARD.check(parse(cql));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).condition()).isEqualTo(condition);
        assertThat(problems.get(0).details()).contains(details);
    }

    @Test
    void theIndexDetailsAreTheIndexItself() {
        assertThat(STANDARD.check(parse("dc.nosuchindex = x")))
                .containsExactly(Diagnostic.of(Condition.UNSUPPORTED_INDEX, "dc.nosuchindex"));
    }

    @Test
    void aServerNamesItsOwnIndexesRelationsAndModifiers() {
        CqlValidator server = CqlValidator.builder()
                .indexes(Set.of("dc.title", "DC.Creator"))
                .relations(Set.of("=", "any"))
                .relationModifiers(Set.of("relevant", "bib.portion"))
                .build();

        assertThat(server.check(parse("dc.title any x and dc.creator = y"))).isEmpty();
        assertThat(server.check(parse("dc.title =/relevant/bib.portion=main x"))).isEmpty();
        assertThat(conditions(server, "dc.subject = x")).containsExactly(Condition.UNSUPPORTED_INDEX);
        assertThat(conditions(server, "dc.title adj x")).containsExactly(Condition.UNSUPPORTED_RELATION);
        assertThat(conditions(server, "dc.title cql.adj x")).containsExactly(Condition.UNSUPPORTED_RELATION);
        assertThat(conditions(server, "dc.title =/stem x")).containsExactly(Condition.UNSUPPORTED_RELATION_MODIFIER);
    }

    @Test
    void maskingRulesFollowWhatTheServerSaid() {
        CqlValidator noLeading = CqlValidator.builder().leadingMasking(false).build();
        CqlValidator noMasking = CqlValidator.builder().masking(false).build();
        CqlValidator lone = CqlValidator.builder().loneMasking(true).build();

        assertThat(conditions(noLeading, "dc.title = *ology")).containsExactly(Condition.UNSUPPORTED_WILDCARD);
        assertThat(conditions(noLeading, "dc.title = \"^?at\"")).containsExactly(Condition.UNSUPPORTED_WILDCARD);
        assertThat(noLeading.check(parse("dc.title = ology*"))).isEmpty();
        assertThat(conditions(noMasking, "dc.title = c?t")).containsExactly(Condition.UNSUPPORTED_WILDCARD);
        assertThat(noMasking.check(parse("dc.title = \"c\\?t \\*\""))).as("escaped masks are literal").isEmpty();
        assertThat(lone.check(parse("dc.title = *"))).isEmpty();
    }

    @Test
    void emptyTermsAndLongTermsCanBeAllowed() {
        CqlValidator lenient = CqlValidator.builder().emptyTerms(true).maxTermLength(5000).build();

        assertThat(lenient.check(parse("dc.title = \"\""))).isEmpty();
        assertThat(lenient.check(parse("dc.title = " + "x".repeat(4000)))).isEmpty();
    }

    @Test
    void booleansAServerLacksAreReported() {
        CqlValidator noProx = CqlValidator.builder().booleans(Set.of(BooleanOp.AND, BooleanOp.OR, BooleanOp.NOT)).build();
        CqlValidator andOnly = CqlValidator.builder().booleans(Set.of(BooleanOp.AND)).build();

        assertThat(noProx.check(parse("a prox b")))
                .containsExactly(Diagnostic.of(Condition.PROXIMITY_NOT_SUPPORTED, "prox"));
        assertThat(andOnly.check(parse("a and b not c")))
                .containsExactly(Diagnostic.of(Condition.UNSUPPORTED_BOOLEAN_OPERATOR, "not"));
        assertThat(CqlValidator.builder().proximityUnits(Set.of("word")).build().check(parse("a prox/unit=sentence b")))
                .extracting(Diagnostic::condition).containsExactly(Condition.UNSUPPORTED_PROXIMITY_UNIT);
        assertThat(CqlValidator.builder().maxProximityDistance(5).build().check(parse("a prox/distance<10 b")))
                .extracting(Diagnostic::condition).containsExactly(Condition.UNSUPPORTED_PROXIMITY_DISTANCE);
    }

    @Test
    void resultSetsAndSortingCanBeSwitchedOff() {
        CqlValidator plain = CqlValidator.builder().resultSets(false).maxSortKeys(0).build();

        assertThat(plain.check(parse("cql.resultSetId = rs1")))
                .containsExactly(Diagnostic.of(Condition.RESULT_SETS_NOT_SUPPORTED, "rs1"));
        assertThat(conditions(plain, "cat sortBy dc.title")).containsExactly(Condition.SORT_NOT_SUPPORTED);
    }

    @Test
    void contextSetsCanBeRestricted() {
        CqlValidator dcOnly = CqlValidator.builder().contextSets(Set.of("cql", "dc")).build();

        assertThat(dcOnly.check(parse("bath.isbn = 1")))
                .containsExactly(Diagnostic.of(Condition.UNSUPPORTED_CONTEXT_SET, "bath"));
        assertThat(dcOnly.check(parse("dc.title = x"))).isEmpty();
    }

    @Test
    void everyProblemIsReportedOnceInQueryOrder() {
        List<Diagnostic> problems = STANDARD.check(
                parse("wibble = x and dc.title = * or wibble = y prox/unit=furlong foo.x = z sortBy dc.nosuch"));

        assertThat(problems).containsExactly(
                Diagnostic.of(Condition.UNSUPPORTED_PROXIMITY_UNIT, "furlong"),
                Diagnostic.of(Condition.UNSUPPORTED_INDEX, "wibble"),
                Diagnostic.of(Condition.UNSUPPORTED_WILDCARD, "a term of masking characters only is not supported: *"),
                Diagnostic.of(Condition.UNSUPPORTED_CONTEXT_SET, "foo"),
                Diagnostic.of(Condition.UNSUPPORTED_INDEX, "dc.nosuch"));
    }

    @Test
    void validateThrowsTheFirstProblem() {
        DiagnosticException e = catchThrowableOfType(DiagnosticException.class,
                () -> STANDARD.validate(parse("wibble = x and dc.nosuch = y")));

        assertThat(e.diagnostic()).isEqualTo(Diagnostic.of(Condition.UNSUPPORTED_INDEX, "wibble"));
    }

    private static List<Condition> conditions(CqlValidator validator, String cql) {
        return validator.check(parse(cql)).stream().map(Diagnostic::condition).toList();
    }

    private static SearchQuery parse(String cql) {
        return CqlParser.DEFAULT.parse(cql);
    }

    static Arguments problem(String cql, Condition condition, String details) {
        return Arguments.of(cql, condition, details);
    }
}
