package org.unigate.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void textLosesOnlyWhatXml10Forbids() {
        assertThat(XmlText.replaceIllegal("plain 韓非子 \uD840\uDC00\t\n")).isEqualTo("plain 韓非子 \uD840\uDC00\t\n");
        assertThat(XmlText.replaceIllegal("a\u0001b\uD800c\uDC00\uFFFE")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD\uFFFD");
    }

    @Test
    void droppingLeavesNoTraceOfWhatXml10Forbids() {
        assertThat(XmlText.dropIllegal("a\u0001b\uD800c\uDC00\uFFFE\uFFFFd 韓\uD840\uDC00")).isEqualTo("abcd 韓\uD840\uDC00");
        assertThat(XmlText.dropIllegal(null)).isEmpty();
    }

    @Test
    void legalTextIsReturnedAsItIs() {
        String text = "Hóng lóu mèng 紅樓夢\r\n";
        assertThat(XmlText.replaceIllegal(text)).isSameAs(text);
        assertThat(XmlText.dropIllegal(text)).isSameAs(text);
    }
}
