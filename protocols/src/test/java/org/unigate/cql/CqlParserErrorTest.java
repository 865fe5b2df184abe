package org.unigate.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Named.named;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;

class CqlParserErrorTest {

    static Stream<Arguments> syntaxErrors() {
        return Stream.of(
                bad("", 0, "expected a search term at position 0 near end of query"),
                bad("   ", 3, "expected a search term at position 3 near end of query"),
                bad("a and", 5, "expected a search term at position 5 near end of query"),
                bad("dc.title any )", 13, "expected a search term at position 13 near \")\""),
                bad("title any", 9, "expected a search term at position 9 near end of query"),
                bad("title =", 7, "expected a search term at position 7 near end of query"),
                bad("= a", 0, "expected a search term at position 0 near \"=\""),
                bad("()", 1, "expected a search term at position 1 near \")\""),
                bad("a / b", 2, "expected a boolean operator, \"sortBy\" or end of query at position 2 near \"/\""),
                bad("a = b = c", 6, "expected a boolean operator, \"sortBy\" or end of query at position 6 near \"=\""),
                bad("a)", 1, "expected a boolean operator, \"sortBy\" or end of query at position 1 near \")\""),
                bad("a and (b or c))", 14, "at position 14 near \")\""),
                bad("(a", 2, "expected a boolean operator or \")\" at position 2 near end of query"
                        + " (to close \"(\" at position 0)"),
                bad("((a) and b", 10, "(to close \"(\" at position 0)"),
                bad("(a sortby b)", 3, "expected a boolean operator or \")\" at position 3 near \"sortby\""),
                bad("title =/ \"x\" y", 9, "expected a modifier name at position 9 near \"x\""),
                bad("title =/x= ", 11, "expected a modifier value at position 11 near end of query"),
                bad("a prox/(b)", 7, "expected a modifier name at position 7 near \"(\""),
                bad("a prox/unit= b", 14, "expected a search term at position 14 near end of query"),
                bad("a sortby", 8, "expected a sort key at position 8 near end of query"),
                bad("a sortby title (", 15, "expected a sort key or end of query at position 15 near \"(\""),
                bad("a sortby title/ (", 16, "expected a modifier name at position 16 near \"(\""),
                bad("\"abc", 0, "unterminated quoted string starting at position 0"),
                bad("title = \"abc\\\"", 8, "unterminated quoted string starting at position 8"),
                bad(">", 1, "expected a prefix or context set identifier at position 1 near end of query"),
                bad(">dc=", 4, "expected a context set identifier at position 4 near end of query"),
                bad(">x=\"http://example.org/\" ", 25, "expected a search term at position 25 near end of query"),
                bad("a and >dc=\"x\" b", 6, "expected a search term at position 6 near \">\""),
                bad("a\u0001b", 1, "unexpected control character U+0001 at position 1"),
                bad("title = \"a\u007Fb\"", 10, "unexpected control character U+007F at position 10"),
                bad("a\uD800b", 1, "unpaired surrogate at position 1"),
                bad("a\uDC00", 1, "unpaired surrogate at position 1"),
                bad("dc.title = 紅樓夢 or )", 18, "expected a search term at position 18 near \")\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxErrors")
    void syntaxErrorsNameWhatWasExpectedAndWhere(String cql, int position, String details) {
        CqlException e = catchThrowableOfType(CqlException.class, () -> CqlParser.DEFAULT.parse(cql));

        assertThat(e).as("no error for %s", cql).isNotNull();
        assertThat(e.condition()).isEqualTo(Condition.QUERY_SYNTAX_ERROR);
        assertThat(e.diagnostic().condition().sruCode()).isEqualTo(10);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.diagnostic().details()).contains(details);
    }

    @Test
    void isADiagnosticExceptionSoFrontEndsNeedNoSpecialCase() {
        assertThat(catchThrowableOfType(DiagnosticException.class, () -> CqlParser.DEFAULT.parse("a and")))
                .isInstanceOf(CqlException.class);
    }

    @Test
    void anUnknownContextSetUnderAWellKnownPrefixIsRefusedRatherThanMisread() {
        CqlException e = catchThrowableOfType(CqlException.class,
                () -> CqlParser.DEFAULT.parse(">dc=\"http://unknown.example/\" dc.title = a"));

        assertThat(e.condition()).isEqualTo(Condition.UNSUPPORTED_CONTEXT_SET);
        assertThat(e.diagnostic().details()).isEqualTo("http://unknown.example/");
        assertThat(e.position()).isEqualTo(4);
    }

    @Test
    void anUnknownDefaultContextSetIsRefused() {
        CqlException e = catchThrowableOfType(CqlException.class,
                () -> CqlParser.DEFAULT.parse(">\"http://unknown.example/\" title = a"));

        assertThat(e.condition()).isEqualTo(Condition.UNSUPPORTED_CONTEXT_SET);
        assertThat(e.position()).isEqualTo(1);
    }

    @Test
    void anUnboundPrefixIsKeptAsWrittenForTheValidatorToJudge() {
        assertThat(CqlParser.DEFAULT.parse(">foo=\"http://unknown.example/\" foo.bar = a"))
                .isEqualTo(CqlTrees.query(CqlTrees.clause("foo.bar", "=", "a")));
    }

    static Arguments bad(String cql, int position, String details) {
        return Arguments.of(named("[" + cql + "]", cql), position, details);
    }
}
