package org.unigate.indexmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.cql.CqlParser;
import org.unigate.query.SearchQuery;
import org.unigate.rpn.RpnQuery;

/** CQL → RPN → CQL with the default map gives back an equivalent query. */
class CqlRpnRoundTripTest {

    private static final IndexMap MAP = IndexMap.defaultMap();
    private static final CqlToRpn TO_RPN = new CqlToRpn(MAP);
    private static final RpnToCql TO_CQL = new RpnToCql(MAP);

    /** Preferred index names: what translating back chooses. */
    private static final String[] CANONICAL_INDEXES = {
        "cql.serverChoice", "dc.title", "dc.creator", "dc.subject", "bath.isbn", "bath.issn", "dc.date",
        "dc.publisher", "rec.id", "dc.language", "dc.identifier", "bath.lccn", "bath.personalName",
        "bath.corporateName", "bath.uniformTitle", "dc.description",
    };
    /** Other spellings: their translation back uses the preferred name, to the same RPN. */
    private static final String[] ALIAS_INDEXES = {
        "title", "author", "creator", "subject", "isbn", "issn", "date", "year", "publisher", "local",
        "language", "identifier", "any", "keyword", "dc.author", "bath.title", "bath.any", "rec.identifier",
        "cql.anywhere", "bath.localNumber", "bath.standardIdentifier",
    };
    private static final String[] TERMS = {
        "knuth", "\"red chamber\"", "紅樓夢", "\"ノルウェイの森\"", "채식주의자", "comput*", "*puter", "*put*",
        "c*t?r", "\"12*3\"", "\"a#b*c\"", "\"^red\"", "\"^red chamber^\"", "\"^comput*\"", "\"a\\*b\"",
        "\"say \\\"hi\\\"\"", "\"back\\\\slash\"", "\"\"", "wom?n",
    };
    /** Terms that come back spelled differently: a ^ inside a term is a character, so it comes back escaped. */
    private static final String[] OTHER_TERMS = {"\"a^b\"", "\"a ^ b\"", "\"x\\^\""};
    private static final String[] RELATIONS = {"=", "<", ">", "<=", ">=", "<>"};
    private static final String[] MODIFIERS = {"/relevant", "/stem", "/phonetic", "/regexp"};

    @Test
    void canonicalQueriesComeBackUnchanged() {
        List<String> queries = new ArrayList<>();
        for (String index : CANONICAL_INDEXES) {
            for (String term : TERMS) {
                queries.add(index + " = " + term);
            }
            for (String relation : RELATIONS) {
                queries.add(index + " " + relation + " 1999");
            }
            for (String modifier : MODIFIERS) {
                queries.add(index + " =" + modifier + " \"comp.*ing\"");
            }
            queries.add(index + " all chamber");
        }
        queries.addAll(List.of(
                "dc.title = a and dc.creator = b",
                "dc.title = a or (dc.subject = b not dc.date = 1999)",
                "dc.title = a prox dc.title = b",
                "dc.title = a prox/unit=sentence dc.title = b",
                "dc.title = a prox/distance<3/ordered dc.title = b",
                "dc.title = a prox/unit=paragraph/distance>=2 dc.title = b",
                "dc.title = a prox/unit=element/distance=0/ordered dc.title = b",
                "dc.title = 紅樓夢 and (dc.creator = 曹雪芹 or dc.creator = \"Cao, Xueqin\")"));
        for (String cql : queries) {
            SearchQuery original = CqlParser.DEFAULT.parse(cql);
            RpnQuery rpn = TO_RPN.translate(original);
            assertThat(TO_CQL.translate(rpn)).as(cql).isEqualTo(original);
        }
        assertThat(queries).hasSizeGreaterThan(400);
    }

    @Test
    void everyQueryReachesTheSameRpnAfterARoundTrip() {
        List<String> queries = new ArrayList<>();
        List<String> terms = new ArrayList<>(List.of(TERMS));
        terms.addAll(List.of(OTHER_TERMS));
        for (String index : ALIAS_INDEXES) {
            for (String term : terms) {
                queries.add(index + " = " + term);
                queries.add(index + " == " + term);
                queries.add(index + " adj " + term);
            }
            queries.add(index + " any \"red chamber dream\"");
            queries.add(index + " all \"red cham* ^dream\"");
            queries.add(index + " scr x");
            queries.add(index + " =/relevant/stem x");
        }
        for (String term : terms) {
            queries.add(term);
            queries.add(term + " and " + term + " or dc.title = x");
            queries.add(term + " not (" + term + " prox/unit=word/distance<=2 y)");
        }
        for (String cql : queries) {
            RpnQuery rpn = TO_RPN.translate(CqlParser.DEFAULT.parse(cql));
            SearchQuery back = TO_CQL.translate(rpn);
            assertThat(TO_RPN.translate(back)).as(cql + "  ->  " + back).isEqualTo(rpn);
        }
        assertThat(queries).hasSizeGreaterThan(400);
    }
}
