package org.unigate.pqf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unigate.rpn.RpnQuery;

class PqfRoundTripTest {

    @Test
    void generatedTreesSurviveWriteThenParse() {
        RandomRpn random = new RandomRpn(20_240_601L, false);
        for (int i = 0; i < 5_000; i++) {
            RpnQuery tree = random.query();
            String pqf = PqfWriter.write(tree);
            assertThat(PqfParser.parse(pqf)).as(pqf).isEqualTo(tree);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "x",
        "@attr 1=4 knuth",
        "@attr 1=4 @attr 2=3 @attr 3=3 @attr 4=1 @attr 5=100 @attr 6=1 \"art of computer programming\"",
        "@and @attr 1=4 a @attr 1=1003 b",
        "@or @or a b @or c d",
        "@not @attr 1=21 history @attr 1=21 europe",
        "@prox 0 1 1 2 k 2 a b",
        "@prox 1 10 0 6 p 5 @attr 1=4 a @attr 1=4 b",
        "@set default",
        "@and @set s1 @set \"s 2\"",
        "@attrset exp-1 @attr 1=1 databaseinfo",
        "@attrset gils @attr bib-1 1=4 @attr 2=3 x",
        "@term numeric @attr 1=31 @attr 2=5 1999",
        "@and @term string a @term general b",
        "@term oid 1.2.840.10003.3.1",
        "@term null \"\"",
        "@attr 1=title @attr \"9=with space\" term",
        "@attr 1=_ALLRECORDS @attr 2=103 \"\"",
        "\"quoted \\\"term\\\" with \\\\ backslash\"",
        "紅樓夢",
        "@attr 1=4 \"ノルウェイの森\"",
        "@or @attr 1=1003 채식주의자 @attr 1=1003 한강",
        "@attr 1=1016 @attr 5=104 \"a?b#c\"",
        "@attr 1=1016 @attr 5=104 \"12?\\\\3\"",
        "@attr 1=12 000123",
        "@and @or a b @and c @or d @not e f",
    })
    void pqfReadsBackAfterWriting(String pqf) {
        RpnQuery tree = PqfParser.parse(pqf);
        String written = PqfWriter.write(tree);
        assertThat(PqfParser.parse(written)).as(written).isEqualTo(tree);
        assertThat(PqfWriter.write(PqfParser.parse(written))).isEqualTo(written);
    }
}
