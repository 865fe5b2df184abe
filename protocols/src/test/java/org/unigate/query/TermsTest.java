package org.unigate.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void escapedMaskIsLiteral() {
        assertThat(Terms.hasMasking("a\\*b")).isFalse();
        assertThat(Terms.unescape("a\\*b")).isEqualTo("a*b");
    }

    @Test
    void unescapedMasksAreSpecial() {
        assertThat(Terms.parse("^chin*?")).containsExactly(
                new Terms.Anchor(), new Terms.Literal("chin"), new Terms.AnyRun(), new Terms.AnyChar());
        assertThat(Terms.hasMasking("chin*")).isTrue();
    }

    @Test
    void escapeRoundTripsThroughUnescape() {
        String literal = "C*-star? \"quoted\" back\\slash ^";
        assertThat(Terms.unescape(Terms.escape(literal))).isEqualTo(literal);
        assertThat(Terms.hasMasking(Terms.escape(literal))).isFalse();
    }

    @Test
    void trailingBackslashStaysLiteral() {
        assertThat(Terms.unescape("abc\\")).isEqualTo("abc\\");
    }
}
