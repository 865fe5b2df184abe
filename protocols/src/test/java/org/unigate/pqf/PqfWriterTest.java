package org.unigate.pqf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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

class PqfWriterTest {

    private static String write(RpnNode root) {
        return PqfWriter.write(new RpnQuery(AttributeSet.BIB1, root));
    }

    private static AttributesPlusTerm apt(Term term, Attribute... attributes) {
        return new AttributesPlusTerm(List.of(attributes), term);
    }

    @Test
    void everyTermCarriesItsOwnAttributes() {
        RpnNode root = RpnOperation.of(Operator.AND,
                apt(Term.of("a"), Attribute.of(1, 4), Attribute.of(4, 1)),
                RpnOperation.of(Operator.AND_NOT, apt(Term.of("b"), Attribute.of(1, 4)), new ResultSetId("s1")));
        assertThat(write(root)).isEqualTo("@and @attr 1=4 @attr 4=1 a @not @attr 1=4 b @set s1");
    }

    @Test
    void termsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(write(apt(Term.of("紅樓夢")))).isEqualTo("紅樓夢");
        assertThat(write(apt(Term.of("red chamber")))).isEqualTo("\"red chamber\"");
        assertThat(write(apt(Term.of("@and")))).isEqualTo("\"@and\"");
        assertThat(write(apt(Term.of("")))).isEqualTo("\"\"");
        assertThat(write(apt(Term.of("say \"hi\"\\")))).isEqualTo("\"say \\\"hi\\\"\\\\\"");
        assertThat(write(apt(Term.of("tab\tbell\u0007")))).isEqualTo("\"tab\\tbell\\x07\"");
    }

    @Test
    void stringAttributeValuesAndSets() {
        RpnNode root = apt(Term.of("x"), new Attribute(AttributeSet.GILS, 1, AttributeValue.of(2000)),
                new Attribute(null, 1, new AttributeValue.Text("title")),
                new Attribute(null, 9, new AttributeValue.Text("two words")));
        assertThat(write(root)).isEqualTo("@attr gils 1=2000 @attr 1=title @attr \"9=two words\" x");
    }

    @Test
    void attrsetIsWrittenOnlyWhenNotBib1() {
        assertThat(PqfWriter.write(new RpnQuery(AttributeSet.EXP1, apt(Term.of("x"), Attribute.of(1, 1)))))
                .isEqualTo("@attrset exp-1 @attr 1=1 x");
    }

    @Test
    void termTypeIsWrittenWhereItChanges() {
        RpnNode root = RpnOperation.of(Operator.OR,
                RpnOperation.of(Operator.OR, apt(new Term("1999", Term.Type.NUMERIC)), apt(new Term("2000", Term.Type.NUMERIC))),
                apt(Term.of("x")));
        assertThat(write(root)).isEqualTo("@or @or @term numeric 1999 2000 @term general x");
    }

    @Test
    void proximityParameters() {
        RpnNode root = new RpnOperation(Operator.PROX, apt(Term.of("a")), apt(Term.of("b")),
                new Proximity(false, 3, true, 2, true, 2));
        assertThat(write(root)).isEqualTo("@prox 0 3 1 2 k 2 a b");
        RpnNode priv = new RpnOperation(Operator.PROX, apt(Term.of("a")), apt(Term.of("b")),
                new Proximity(true, 0, false, 3, false, 9));
        assertThat(write(priv)).isEqualTo("@prox 1 0 0 3 p 9 a b");
    }

    @Test
    void deepTreesAreWrittenWithoutRecursion() {
        RpnNode root = apt(Term.of("z"));
        for (int i = 0; i < 100_000; i++) {
            root = RpnOperation.of(Operator.OR, apt(Term.of("a")), root);
        }
        String pqf = write(root);
        assertThat(pqf).startsWith("@or a @or a").endsWith("a z");
    }
}
