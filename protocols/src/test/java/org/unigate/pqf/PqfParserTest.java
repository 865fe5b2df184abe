package org.unigate.pqf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributeValue;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Proximity;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnOperation.Operator;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;

class PqfParserTest {

    private static AttributesPlusTerm apt(String term, Attribute... attributes) {
        return new AttributesPlusTerm(List.of(attributes), Term.of(term));
    }

    @Test
    void bareWordIsAGeneralTermWithBib1() {
        RpnQuery q = PqfParser.parse("knuth");
        assertThat(q.attributeSet()).isEqualTo(AttributeSet.BIB1);
        assertThat(q.root()).isEqualTo(apt("knuth"));
    }

    @Test
    void attributesAttachToTheTermInWrittenOrder() {
        assertThat(PqfParser.parse("@attr 1=4 @attr 4=1 @attr 5=100 \"red chamber\"").root())
                .isEqualTo(apt("red chamber", Attribute.of(1, 4), Attribute.of(4, 1), Attribute.of(5, 100)));
    }

    @Test
    void attributesBeforeAnOperatorApplyToEveryTermBelowIt() {
        RpnNode root = PqfParser.parse("@attr 1=4 @and @attr 1=21 a @or b c").root();
        assertThat(root).isEqualTo(RpnOperation.of(Operator.AND,
                apt("a", Attribute.of(1, 21)),
                RpnOperation.of(Operator.OR, apt("b", Attribute.of(1, 4)), apt("c", Attribute.of(1, 4)))));
    }

    @Test
    void laterAttributeOfTheSameTypeReplacesTheEarlierOne() {
        assertThat(PqfParser.parse("@attr 6=1 @attr 2=3 @attr 6=3 @attr 1=4 x").root())
                .isEqualTo(apt("x", Attribute.of(2, 3), Attribute.of(6, 3), Attribute.of(1, 4)));
    }

    @Test
    void stringAttributeValuesAndExplicitSets() {
        AttributesPlusTerm apt = (AttributesPlusTerm) PqfParser.parse(
                "@attr gils 1=2000 @attr 1.2.840.10003.3.2 7=1 @attr \"9=a b\" @attr 8=1.2.3 x").root();
        assertThat(apt.attributes()).containsExactly(
                new Attribute(AttributeSet.GILS, 1, AttributeValue.of(2000)),
                new Attribute(AttributeSet.EXP1, 7, AttributeValue.of(1)),
                new Attribute(null, 9, new AttributeValue.Text("a b")),
                new Attribute(null, 8, new AttributeValue.Text("1.2.3")));
    }

    @Test
    void atDigitIsShortForAttr() {
        assertThat(PqfParser.parse("@1=4 @attr 1=title x").root())
                .isEqualTo(apt("x", new Attribute(null, 1, new AttributeValue.Text("title"))));
        assertThat(PqfParser.parse("@1=4 x").root()).isEqualTo(apt("x", Attribute.of(1, 4)));
    }

    @Test
    void attrsetSetsTheQueryDefault() {
        assertThat(PqfParser.parse("@attrset Exp-1 @attr 1=1 x").attributeSet()).isEqualTo(AttributeSet.EXP1);
        assertThat(PqfParser.parse("@attrset 1.2.3.4 x").attributeSet().oid()).isEqualTo("1.2.3.4");
    }

    @Test
    void booleanOperatorsNest() {
        assertThat(PqfParser.parse("@or a @not b c").root()).isEqualTo(RpnOperation.of(Operator.OR,
                apt("a"), RpnOperation.of(Operator.AND_NOT, apt("b"), apt("c"))));
    }

    @Test
    void proximityReadsAllSixParameters() {
        RpnOperation op = (RpnOperation) PqfParser.parse("@prox 0 3 1 2 k 2 a b").root();
        assertThat(op.proximity()).isEqualTo(new Proximity(false, 3, true, 2, true, 2));
        RpnOperation other = (RpnOperation) PqfParser.parse("@prox void 0 0 6 private 8 a b").root();
        assertThat(other.proximity()).isEqualTo(new Proximity(false, 0, false, 6, false, 8));
        RpnOperation known = (RpnOperation) PqfParser.parse("@prox 1 1 0 3 known 3 a b").root();
        assertThat(known.proximity()).isEqualTo(new Proximity(true, 1, false, 3, true, 3));
    }

    @Test
    void resultSetReference() {
        assertThat(PqfParser.parse("@and @set \"old set\" x").root())
                .isEqualTo(RpnOperation.of(Operator.AND, new ResultSetId("old set"), apt("x")));
    }

    @Test
    void termTypeAppliesToEveryLaterTermInTheText() {
        RpnOperation op = (RpnOperation) PqfParser.parse("@and @term numeric @attr 1=31 2001 @or 7 @term string s").root();
        assertThat(((AttributesPlusTerm) op.left()).term()).isEqualTo(new Term("2001", Term.Type.NUMERIC));
        RpnOperation or = (RpnOperation) op.right();
        assertThat(((AttributesPlusTerm) or.left()).term()).isEqualTo(new Term("7", Term.Type.NUMERIC));
        assertThat(((AttributesPlusTerm) or.right()).term()).isEqualTo(new Term("s", Term.Type.STRING));
    }

    @Test
    void quotedAndBracedTermsWithEscapes() {
        assertThat(PqfParser.parse("\"a \\\"quoted\\\" \\\\ word\"").root()).isEqualTo(apt("a \"quoted\" \\ word"));
        assertThat(PqfParser.parse("{braced \"term\"}").root()).isEqualTo(apt("braced \"term\""));
        assertThat(PqfParser.parse("\"tab\\there\\n\"").root()).isEqualTo(apt("tab\there\n"));
        assertThat(PqfParser.parse("\\x41\\102c\\*").root()).isEqualTo(apt("ABc*"));
        assertThat(PqfParser.parse("\"\\xe4\\xb8\\xad\"").root()).isEqualTo(apt("中"));
        assertThat(PqfParser.parse("back\\ slash").root()).isEqualTo(apt("back slash"));
    }

    @Test
    void cjkAndOtherUnicodeTermsPassThrough() {
        assertThat(PqfParser.parse("@attr 1=4 紅樓夢").root()).isEqualTo(apt("紅樓夢", Attribute.of(1, 4)));
        assertThat(PqfParser.parse("\"ノルウェイの森 채식주의자\"").root()).isEqualTo(apt("ノルウェイの森 채식주의자"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                          | expected a term or an operator, found end of query at offset 0",
        "@and a                      | expected a term or an operator, found end of query at offset 6",
        "a b                         | unexpected \"b\" after a complete query at offset 2",
        "@attr 1=4                   | expected a term or an operator, found end of query at offset 9",
        "@attr                       | expected type=value after @attr, found end of query at offset 5",
        "@attr x=4 t                 | expected a non-negative integer, found \"x\" at offset 6",
        "@attr 1= t                  | attribute 1 has no value at offset 6",
        "@attr nosuchset 1=4 t       | unknown attribute set \"nosuchset\" at offset 6",
        "@attr bib-1 @and a b        | expected type=value after the attribute set after \"bib-1\", found @and at offset 12",
        "@attrset nosuch x           | unknown attribute set \"nosuch\" at offset 9",
        "@prox 0 x 1 2 k 2 a b       | expected a non-negative integer, found \"x\" at offset 8",
        "@prox 2 1 1 2 k 2 a b       | exclusion must be 1, 0 or void, found \"2\" at offset 6",
        "@prox 0 1 1 9 k 2 a b       | proximity relation must be 1..6, found \"9\" at offset 12",
        "@prox 0 1 1 2 q 2 a b       | which-code must be known or private, found \"q\" at offset 14",
        "@prox 0 1 1                 | @prox at offset 0 expects relation, found end of query at offset 11",
        "@term datetime x            | unsupported term type \"datetime\" (general, numeric, string, oid or null) at offset 6",
        "@term numeric abc           | a numeric term must be an integer, found \"abc\" at offset 14",
        "\"unterminated              | unterminated quoted term (missing \") at offset 0",
        "@adn a b                    | unknown operator @adn (quote a term that starts with @) at offset 0",
        "@set                        | expected a result set name after @set, found end of query at offset 4",
        "\\xZZ                       | \\x needs two hex digits at offset 0",
        "\"\\xff\"                   | escaped bytes are not valid UTF-8 at offset 0",
    })
    void syntaxErrorsSayWhatAndWhere(String pqf, String details) {
        assertThatThrownBy(() -> PqfParser.parse(pqf))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostic().condition()).isEqualTo(Condition.QUERY_SYNTAX_ERROR);
                    assertThat(e.diagnostic().details()).isEqualTo(details);
                });
    }

    @Test
    void hostileNestingFailsCleanlyWithoutStackOverflow() {
        String deep = "@and ".repeat(12_000) + "x";
        assertThatThrownBy(() -> PqfParser.parse(deep))
                .isInstanceOfSatisfying(DiagnosticException.class, e ->
                        assertThat(e.diagnostic().details()).startsWith("query nested deeper than 1024 operators"));
        String attributes = "@attr 1=4 ".repeat(6_000) + "x";
        assertThat(PqfParser.parse(attributes).root()).isEqualTo(apt("x", Attribute.of(1, 4)));
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        String pqf = "@or a ".repeat(PqfParser.MAX_DEPTH) + "z";
        assertThat(PqfParser.parse(pqf).root()).isInstanceOf(RpnOperation.class);
    }

    @Test
    void overlongQueriesAndAttributeFloodsAreRefused() {
        assertThatThrownBy(() -> PqfParser.parse("x".repeat(PqfParser.MAX_LENGTH + 1)))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("longer than");
        StringBuilder flood = new StringBuilder();
        for (int type = 1; type <= PqfParser.MAX_ATTRIBUTES + 1; type++) {
            flood.append("@attr ").append(type).append("=1 ");
        }
        assertThatThrownBy(() -> PqfParser.parse(flood + "x"))
                .isInstanceOf(DiagnosticException.class).hasMessageContaining("more than 64 attributes");
    }
}
