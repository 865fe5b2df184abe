package org.unigate.indexmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.pqf.PqfParser;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.ResultSetRef;

class RpnToCqlTest {

    private static final RpnToCql DEFAULT = new RpnToCql(IndexMap.defaultMap());

    private static Query cql(String pqf) {
        return DEFAULT.translate(PqfParser.parse(pqf)).root();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "@attr 1=4 @attr 5=100 @attr 3=3 @attr 4=1 @attr 2=3 @attr 6=1 \"red chamber\" | dc.title           | =  | red chamber",
        "@attr 1=4 knuth                                                            | dc.title           | =  | knuth",
        "@attr 1=1003 knuth                                                         | dc.creator         | =  | knuth",
        "@attr 1=7 9780201896831                                                    | bath.isbn          | =  | 9780201896831",
        "@attr 1=12 000123                                                          | rec.id             | =  | 000123",
        "@attr 1=1007 10.1000/182                                                   | dc.identifier      | =  | 10.1000/182",
        "@attr 1=1016 knuth                                                         | cql.serverChoice   | =  | knuth",
        "knuth                                                                      | cql.serverChoice   | =  | knuth",
        "@attr 1=31 @attr 2=5 1999                                                  | dc.date            | >  | 1999",
        "@attr 1=31 @attr 2=2 1999                                                  | dc.date            | <= | 1999",
        "@attr 1=31 @attr 2=6 1999                                                  | dc.date            | <> | 1999",
        "@attr 1=4 @attr 4=2 @attr 2=3 chamber                                      | dc.title           | all | chamber",
        "@attr 1=4 @attr 5=1 comput                                                 | dc.title           | =  | comput*",
        "@attr 1=4 @attr 5=2 puter                                                  | dc.title           | =  | *puter",
        "@attr 1=4 @attr 5=3 put                                                    | dc.title           | =  | *put*",
        "@attr 1=4 @attr 5=104 \"c?t#r\"                                            | dc.title           | =  | c*t?r",
        "@attr 1=4 @attr 5=104 \"12?\\\\3\"                                          | dc.title           | =  | 12*3",
        "@attr 1=4 @attr 5=104 \"a\\\\#b?c\"                                         | dc.title           | =  | a#b*c",
        "@attr 1=4 @attr 5=101 \"wom#n\"                                            | dc.title           | =  | wom?n",
        "@attr 1=4 @attr 5=100 \"a*b?\"                                             | dc.title           | =  | a\\*b\\?",
        "@attr 1=4 @attr 3=1 red                                                    | dc.title           | =  | ^red",
        "@attr 1=4 @attr 3=1 @attr 6=3 \"red chamber\"                              | dc.title           | =  | ^red chamber^",
        "@attr 1=4 @attr 3=1 @attr 5=1 comput                                       | dc.title           | =  | ^comput*",
        "@attr 1=4 \"say \\\"hi\\\"\"                                               | dc.title           | =  | say \\\"hi\\\"",
        "@attr 1=_ALLRECORDS @attr 2=103 1                                          | cql.allRecords     | =  | 1",
    })
    void termsBecomeClauses(String pqf, String index, String relation, String term) {
        assertThat(cql(pqf)).isEqualTo(new Clause(index, Relation.of(relation), term));
    }

    @Test
    void attributesThatOnlyModifiersExplainBecomeRelationModifiers() {
        assertThat(cql("@attr 2=102 @attr 1=4 @attr 4=1 knuth"))
                .isEqualTo(new Clause("dc.title", new Relation("=", List.of(Modifier.of("relevant"))), "knuth"));
        assertThat(cql("@attr 1=4 @attr 5=102 \"a.*\\\\d\""))
                .isEqualTo(new Clause("dc.title", new Relation("=", List.of(Modifier.of("regexp"))), "a.*\\\\d"));
    }

    @Test
    void operatorsAndResultSets() {
        Query q = cql("@or @and @attr 1=4 a @attr 1=21 b @not @set s1 @attr 1=1003 c");
        assertThat(q).isEqualTo(BooleanQuery.of(BooleanOp.OR,
                BooleanQuery.of(BooleanOp.AND, Clause.of("dc.title", "a"), Clause.of("dc.subject", "b")),
                BooleanQuery.of(BooleanOp.NOT, new ResultSetRef("s1"), Clause.of("dc.creator", "c"))));
    }

    @Test
    void proximityBecomesProxWithModifiers() {
        assertThat(cql("@prox 0 3 1 1 k 3 a b")).isEqualTo(new BooleanQuery(BooleanOp.PROX,
                Clause.of(Clause.SERVER_CHOICE, "a"), Clause.of(Clause.SERVER_CHOICE, "b"),
                List.of(Modifier.of("unit", "=", "sentence"), Modifier.of("distance", "<", "3"), Modifier.of("ordered"))));
        assertThat(cql("@prox 0 1 0 2 k 2 a b")).isEqualTo(new BooleanQuery(BooleanOp.PROX,
                Clause.of(Clause.SERVER_CHOICE, "a"), Clause.of(Clause.SERVER_CHOICE, "b"), List.of()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "@attr 1=9999 x                | UNSUPPORTED_INDEX              | 1=9999",
        "@attr 1=nosuchindex x         | UNSUPPORTED_INDEX              | 1=nosuchindex",
        "@attr gils 1=4 x              | UNSUPPORTED_INDEX              | gils 1=4",
        "@attrset exp-1 @attr 1=4 x    | UNSUPPORTED_INDEX              | 1=4",
        "@attr 1=4 @attr 2=104 x       | UNSUPPORTED_RELATION           | 2=104",
        "@attr 1=4 @attr 3=2 x         | QUERY_FEATURE_UNSUPPORTED      | 3=2",
        "@attr 1=4 @attr 5=103 x       | UNSUPPORTED_WILDCARD           | 5=103",
        "@attr 1=4 @attr 5=104 \"a?3\" | UNSUPPORTED_WILDCARD           | counted Z39.58 mask ?3 in a?3",
        "@prox 1 1 0 2 k 2 a b         | QUERY_FEATURE_UNSUPPORTED      | proximity exclusion",
        "@prox 0 1 0 2 p 2 a b         | UNSUPPORTED_PROXIMITY_UNIT     | private 2",
    })
    void whatCqlCannotSayIsDiagnosed(String pqf, Condition condition, String details) {
        assertThatThrownBy(() -> cql(pqf)).isInstanceOfSatisfying(DiagnosticException.class, e -> {
            assertThat(e.diagnostic().condition()).isEqualTo(condition);
            assertThat(e.diagnostic().details()).isEqualTo(details);
        });
    }

    @Test
    void structureAndCompletenessTheMapCannotExplainAreLetGo() {
        assertThat(cql("@attr 1=4 @attr 4=6 @attr 6=2 @attr 9=34 x")).isEqualTo(Clause.of("dc.title", "x"));
    }

    @Test
    void wildcardIndexLinesNameTheIndexFromTheValue() {
        IndexMap pass = IndexMap.parse("""
                set.pass = http://indexdata.dk/yaz/cqlpass
                index.cql.serverChoice = 1=1016
                index.pass.* = 1=*
                """);
        RpnToCql translator = new RpnToCql(pass);
        assertThat(translator.translate(PqfParser.parse("@attr 1=title x")).root()).isEqualTo(Clause.of("pass.title", "x"));
        assertThat(translator.translate(PqfParser.parse("@attr 1=1016 x")).root()).isEqualTo(Clause.of("cql.serverChoice", "x"));
        assertThat(translator.translate(PqfParser.parse("@attr 1=21 x")).root()).isEqualTo(Clause.of("pass.21", "x"));
    }

    @Test
    void yazSampleMappingReadsBackItsOwnTranslations() throws Exception {
        Path sample = Path.of("/usr/share/yaz/etc/pqf.properties");
        org.unigate.testing.ExternalTools.require("yaz-client");
        RpnToCql translator = new RpnToCql(IndexMap.load(sample));
        assertThat(translator.translate(PqfParser.parse(
                "@attr 1=4 @attr 5=1 @attr 6=1 @attr 3=3 @attr 4=1 @attr 2=3 \"foo bar\"")).root())
                .isEqualTo(Clause.of("dc.title", "foo bar*"));
        assertThat(translator.translate(PqfParser.parse(
                "@attr 1=1003 @attr 5=100 @attr 6=3 @attr 3=3 @attr 4=1 @attr 2=3 whole")).root())
                .isEqualTo(Clause.of("dc.creator", "^whole^"));
    }
}
