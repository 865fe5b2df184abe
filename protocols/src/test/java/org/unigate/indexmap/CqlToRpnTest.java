package org.unigate.indexmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unigate.cql.CqlParser;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.pqf.PqfParser;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;
import org.unigate.rpn.RpnQuery;

class CqlToRpnTest {

    private static final CqlToRpn DEFAULT = new CqlToRpn(IndexMap.defaultMap());

    private static RpnQuery rpn(String cql) {
        return DEFAULT.translate(CqlParser.DEFAULT.parse(cql));
    }

    /** Attributes come out as yaz-client sends them: last written first, one per type. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dc.title = \"red chamber\"   | @attr 1=4 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 \"red chamber\"",
        "title = knuth                | @attr 1=4 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 knuth",
        "knuth                        | @attr 1=1016 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 knuth",
        "isbn = 9780201896831         | @attr 1=7 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 9780201896831",
        "dc.date >= 1999              | @attr 1=31 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=4 @attr 6=1 1999",
        "dc.date < 1999               | @attr 1=31 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=1 @attr 6=1 1999",
        "dc.title = comput*           | @attr 1=4 @attr 5=1 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 comput",
        "dc.title = *puter            | @attr 1=4 @attr 5=2 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 puter",
        "dc.title = *put*             | @attr 1=4 @attr 5=3 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 put",
        "dc.title = c*t?r             | @attr 1=4 @attr 5=104 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 c?t#r",
        "dc.title = \"12*3\"          | @attr 1=4 @attr 5=104 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 \"12?\\\\3\"",
        "dc.title = \"a#b*c\"         | @attr 1=4 @attr 5=104 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 \"a\\\\#b?c\"",
        "dc.title = \"a\\*b\"         | @attr 1=4 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 a*b",
        "dc.title = \"^red\"          | @attr 1=4 @attr 5=100 @attr 3=1 @attr 4=1 @attr 2=3 @attr 6=1 red",
        "dc.title = \"^red chamber^\" | @attr 1=4 @attr 5=100 @attr 6=3 @attr 3=1 @attr 4=1 @attr 2=3 \"red chamber\"",
        "dc.title = \"^comput*\"      | @attr 1=4 @attr 5=1 @attr 3=1 @attr 4=1 @attr 2=3 @attr 6=1 comput",
        "dc.title = \"a^b\"           | @attr 1=4 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 a^b",
        "dc.title =/relevant knuth    | @attr 2=102 @attr 1=4 @attr 5=100 @attr 3=3 @attr 4=1 @attr 6=1 knuth",
        "dc.title =/regexp \"a.*b\"   | @attr 5=102 @attr 1=4 @attr 4=1 @attr 2=3 @attr 6=1 a.*b",
        "cql.allRecords = 1           | @attr 2=103 @attr 1=_ALLRECORDS @attr 5=100 @attr 3=3 @attr 4=1 @attr 6=1 1",
        "dc.title = 紅樓夢            | @attr 1=4 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 紅樓夢",
    })
    void clausesTranslateLikeYaz(String cql, String pqf) {
        assertThat(rpn(cql)).isEqualTo(PqfParser.parse(pqf));
    }

    @Test
    void allAndAnySplitIntoWordsJoinedByAndOr() {
        String word = "@attr 1=4 @attr 5=100 @attr 3=3 @attr 4=2 @attr 2=3 @attr 6=1 ";
        assertThat(rpn("dc.title all \"dream red chamber\"")).isEqualTo(
                PqfParser.parse("@and " + word + "dream @and " + word + "red " + word + "chamber"));
        assertThat(rpn("dc.title any \"dream  chamber \"")).isEqualTo(
                PqfParser.parse("@or " + word + "dream " + word + "chamber"));
    }

    @Test
    void booleansAndProximity() {
        String a = "@attr 1=1016 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 a ";
        String b = a.replace(" a ", " b ");
        assertThat(rpn("a not b")).isEqualTo(PqfParser.parse("@not " + a + b));
        assertThat(rpn("a prox/unit=sentence/distance<3/ordered b"))
                .isEqualTo(PqfParser.parse("@prox 0 3 1 1 k 3 " + a + b));
        assertThat(rpn("a prox b")).isEqualTo(PqfParser.parse("@prox 0 1 0 2 k 2 " + a + b));
        assertThat(rpn("a prox/unit=paragraph b")).isEqualTo(PqfParser.parse("@prox 0 0 0 2 k 4 " + a + b));
    }

    @Test
    void resultSetsBecomeSetReferences() {
        assertThat(DEFAULT.translate(new ResultSetRef("s1")).root()).isEqualTo(PqfParser.parse("@set s1").root());
        assertThat(DEFAULT.translate(Clause.of("cql.resultSetId", "old\\*set")).root())
                .isEqualTo(PqfParser.parse("@set old*set").root());
    }

    @Test
    void sortKeysAreIgnored() {
        assertThat(rpn("dc.title = x sortby dc.date")).isEqualTo(rpn("dc.title = x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dc.foo = x                  | UNSUPPORTED_INDEX                | dc.foo",
        "foo = x                     | UNSUPPORTED_INDEX                | foo",
        "nosuch.title = x            | UNSUPPORTED_CONTEXT_SET          | nosuch",
        "dc.title within \"1 2\"     | UNSUPPORTED_RELATION             | within",
        "dc.title encloses x         | UNSUPPORTED_RELATION             | encloses",
        "dc.title =/fuzzy x          | UNSUPPORTED_RELATION_MODIFIER    | fuzzy",
        "dc.title = \"red^\"         | QUERY_FEATURE_UNSUPPORTED        | anchoring character ^ in an unsupported position (position.last): red^",
        "a and/foo b                 | UNSUPPORTED_BOOLEAN_MODIFIER     | foo",
        "a prox/unit=lightyear b     | UNSUPPORTED_PROXIMITY_UNIT       | lightyear",
        "a prox/distance>x b         | UNSUPPORTED_PROXIMITY_DISTANCE   | x",
        "a prox/bar b                | UNSUPPORTED_BOOLEAN_MODIFIER     | bar",
    })
    void unsupportedPartsAreDiagnosed(String cql, Condition condition, String details) {
        assertThatThrownBy(() -> rpn(cql)).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostic().condition()).isEqualTo(condition);
            assertThat(e.diagnostic().details()).isEqualTo(details);
        });
    }

    @Test
    void masksWithoutZ3958MappingAreRefusedButSimpleTruncationWorks() {
        IndexMap map = IndexMap.parse("""
                set = info:x
                set.x = info:x
                index.x.title = 1=4
                relation.eq = 2=3
                structure.* = 4=1
                position.any = 3=3
                truncation.right = 5=1
                """);
        CqlToRpn translator = new CqlToRpn(map);
        assertThat(translator.translate(Clause.of("title", "comp*")))
                .isEqualTo(PqfParser.parse("@attr 1=4 @attr 5=1 @attr 3=3 @attr 4=1 @attr 2=3 comp"));
        assertThatThrownBy(() -> translator.translate(Clause.of("title", "*comp")))
                .isInstanceOfSatisfying(DiagnosticException.class, e ->
                        assertThat(e.diagnostic().condition()).isEqualTo(Condition.UNSUPPORTED_WILDCARD));
        assertThatThrownBy(() -> translator.translate(Clause.of("title", "<", "x")))
                .isInstanceOfSatisfying(DiagnosticException.class, e ->
                        assertThat(e.diagnostic().condition()).isEqualTo(Condition.UNSUPPORTED_RELATION));
    }

    @Test
    void wildcardIndexLinesPassTheNameThrough() {
        IndexMap pass = IndexMap.parse("""
                set.pass = http://indexdata.dk/yaz/cqlpass
                set = http://indexdata.dk/yaz/cqlpass
                index.pass.* = 1=*
                relation.eq = 2=3
                structure.* = 4=1
                position.any = 3=3
                """);
        CqlToRpn translator = new CqlToRpn(pass);
        assertThat(translator.translate(Clause.of("title", "x")))
                .isEqualTo(PqfParser.parse("@attr 1=title @attr 3=3 @attr 4=1 @attr 2=3 x"));
        assertThat(translator.translate(Clause.of("pass.1016", "x")))
                .isEqualTo(PqfParser.parse("@attr 1=1016 @attr 3=3 @attr 4=1 @attr 2=3 x"));
    }

    @Test
    void aPrefixIsResolvedThroughItsUriToTheFirstPrefixBoundToIt() {
        IndexMap map = IndexMap.parse("""
                set.dc = info:srw/cql-context-set/1/dc-v1.1
                set.dublin = info:srw/cql-context-set/1/dc-v1.1
                index.dc.title = 1=4
                index.dublin.title = 1=9999
                relation.eq = 2=3
                structure.* = 4=1
                position.any = 3=3
                """);
        assertThat(new CqlToRpn(map).translate(Clause.of("Dublin.TITLE", "x")))
                .isEqualTo(PqfParser.parse("@attr 1=4 @attr 3=3 @attr 4=1 @attr 2=3 x"));
    }

    @Test
    void hostileNestingIsRefusedCleanly() {
        Query query = Clause.of("dc.title", "x");
        for (int i = 0; i < 5_000; i++) {
            query = BooleanQuery.of(BooleanOp.OR, query, Clause.of("dc.title", "y"));
        }
        Query deep = query;
        assertThatThrownBy(() -> DEFAULT.translate(deep)).isInstanceOfSatisfying(DiagnosticException.class, e ->
                assertThat(e.diagnostic().condition()).isEqualTo(Condition.TOO_MANY_BOOLEAN_OPERATORS));
    }
}
