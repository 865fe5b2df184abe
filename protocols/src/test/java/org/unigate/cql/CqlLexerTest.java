package org.unigate.cql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.cql.CqlToken.Kind;

class CqlLexerTest {

    @Test
    void splitsAtWhitespaceParenthesesSlashesAndComparisons() {
        assertThat(CqlLexer.tokenize("(dc.title<>x/y)==\"a b\"<=>= <"))
                .extracting(CqlToken::kind, CqlToken::text, CqlToken::start)
                .containsExactly(
                        tuple(Kind.LPAREN, "(", 0), tuple(Kind.WORD, "dc.title", 1), tuple(Kind.SYMBOL, "<>", 9),
                        tuple(Kind.WORD, "x", 11), tuple(Kind.SLASH, "/", 12), tuple(Kind.WORD, "y", 13),
                        tuple(Kind.RPAREN, ")", 14), tuple(Kind.SYMBOL, "==", 15), tuple(Kind.QUOTED, "a b", 17),
                        tuple(Kind.SYMBOL, "<=", 22), tuple(Kind.SYMBOL, ">=", 24), tuple(Kind.SYMBOL, "<", 27),
                        tuple(Kind.EOF, "", 28));
    }

    @Test
    void escapesStayInTheTextAndProtectDelimiters() {
        assertThat(texts("a\\ b\\(c \"x\\\"y\\\\\"")).containsExactly("a\\ b\\(c", "x\\\"y\\\\", "");
    }

    @Test
    void aQuoteInsideAWordAndATrailingBackslashAreStoredEscaped() {
        assertThat(texts("a\"b c\\")).containsExactly("a\\\"b", "c\\\\", "");
    }

    @Test
    void onlyAsciiWhitespaceSeparates() {
        assertThat(texts("紅樓夢\u3000曹雪芹 \u00A0x")).containsExactly("紅樓夢\u3000曹雪芹", "\u00A0x", "");
    }

    @Test
    void aPairedSurrogateIsOneCharacterOfAWord() {
        assertThat(texts("𠀀a")).containsExactly("𠀀a", "");
    }

    private static List<String> texts(String cql) {
        return CqlLexer.tokenize(cql).stream().map(CqlToken::text).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
