package org.unigate.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.unigate.cql.CqlTrees.and;
import static org.unigate.cql.CqlTrees.bool;
import static org.unigate.cql.CqlTrees.clause;
import static org.unigate.cql.CqlTrees.key;
import static org.unigate.cql.CqlTrees.mod;
import static org.unigate.cql.CqlTrees.not;
import static org.unigate.cql.CqlTrees.or;
import static org.unigate.cql.CqlTrees.prox;
import static org.unigate.cql.CqlTrees.query;
import static org.unigate.cql.CqlTrees.rel;
import static org.unigate.cql.CqlTrees.term;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unigate.query.BooleanOp;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;

class CqlParserGrammarTest {

    private static final String DC = "info:srw/cql-context-set/1/dc-v1.1";
    private static final String BIB = "info:srw/cql-context-set/1/bib-v1";

    static Stream<Arguments> searchClauses() {
        return Stream.of(
                row("cat", term("cat")),
                row("\"cat\"", term("cat")),
                row("dc.title = cat", clause("dc.title", "=", "cat")),
                row("dc.title=cat", clause("dc.title", "=", "cat")),
                row("dc.title = \"red chamber\"", clause("dc.title", "=", "red chamber")),
                row("cql.serverChoice = cat", term("cat")),
                row("title any \"a b\"", clause("title", "any", "a b")),
                row("title ALL \"a b\"", clause("title", "all", "a b")),
                row("title adj \"dream of the red chamber\"", clause("title", "adj", "dream of the red chamber")),
                row("title exact x", clause("title", "exact", "x")),
                row("dc.date within \"1990 2000\"", clause("dc.date", "within", "1990 2000")),
                row("geo encloses x", clause("geo", "encloses", "x")),
                row("title scr x", clause("title", "scr", "x")),
                row("title cql.adj x", clause("title", "cql.adj", "x")),
                row("title CQL.ANY x", clause("title", "cql.any", "x")),
                row("title bib.near x", clause("title", "bib.near", "x")),
                row("dc.date == 1999", clause("dc.date", "==", "1999")),
                row("dc.date <> 1999", clause("dc.date", "<>", "1999")),
                row("dc.date < 1999", clause("dc.date", "<", "1999")),
                row("dc.date > 1999", clause("dc.date", ">", "1999")),
                row("dc.date <= 1999", clause("dc.date", "<=", "1999")),
                row("dc.date>=1999", clause("dc.date", ">=", "1999")),
                row("title =/relevant/cql.string \"x\"",
                        clause("title", rel("=", mod("relevant"), mod("cql.string")), "x")),
                row("title any/relevant/rel.algorithm=cori x",
                        clause("title", rel("any", mod("relevant"), mod("rel.algorithm", "=", "cori")), "x")),
                row("dc.title =/locale=\"ja JP\" 紅樓夢",
                        clause("dc.title", rel("=", mod("locale", "=", "ja JP")), "紅樓夢")),
                row("dc.date </isoDate 2001-01-01", clause("dc.date", rel("<", mod("isoDate")), "2001-01-01")),
                row("dc.date =/x>=3 y", clause("dc.date", rel("=", mod("x", ">=", "3")), "y")));
    }

    static Stream<Arguments> booleans() {
        return Stream.of(
                row("a and b", and(term("a"), term("b"))),
                row("a AND b", and(term("a"), term("b"))),
                row("a aNd b", and(term("a"), term("b"))),
                row("a and b or c", or(and(term("a"), term("b")), term("c"))),
                row("a or b and c", and(or(term("a"), term("b")), term("c"))),
                row("a or (b and c)", or(term("a"), and(term("b"), term("c")))),
                row("(a or b) and c", and(or(term("a"), term("b")), term("c"))),
                row("((a))", term("a")),
                row("a and b and c and d", and(and(and(term("a"), term("b")), term("c")), term("d"))),
                row("a not b", not(term("a"), term("b"))),
                row("a NOT (b or c)", not(term("a"), or(term("b"), term("c")))),
                row("a prox b", prox(term("a"), term("b"))),
                row("a prox/unit=word/distance<=3/ordered b",
                        prox(term("a"), term("b"), mod("unit", "=", "word"), mod("distance", "<=", "3"), mod("ordered"))),
                row("a PROX/cql.unit=sentence b", prox(term("a"), term("b"), mod("cql.unit", "=", "sentence"))),
                row("a and/rel.combine=sum b",
                        bool(BooleanOp.AND, term("a"), term("b"), mod("rel.combine", "=", "sum"))),
                row("dc.title = x or dc.creator = y not dc.subject = z",
                        not(or(clause("dc.title", "=", "x"), clause("dc.creator", "=", "y")),
                                clause("dc.subject", "=", "z"))),
                row("  a   and\tb\n", and(term("a"), term("b"))),
                row("a and(b)", and(term("a"), term("b"))));
    }

    static Stream<Arguments> terms() {
        return Stream.of(
                row("\"and\"", term("and")),
                row("and", term("and")),
                row("title = and", clause("title", "=", "and")),
                row("title any \"and or\"", clause("title", "any", "and or")),
                row("harry potter", term("harry potter")),
                row("harry potter and rowling", and(term("harry potter"), term("rowling"))),
                row("title = harry potter", clause("title", "=", "harry potter")),
                row("\"harry\" potter", term("harry potter")),
                row("J. K. Rowling", term("J. K. Rowling")),
                row("site www.example.org", term("site www.example.org")),
                row("title cql.x", term("title cql.x")),
                row("cats any and", clause("cats", "any", "and")),
                // YAZ reads "not" after a boolean as a term, and so does this parser.
                row("a and not b", and(term("a"), term("not b"))),
                row("a*b", term("a*b")),
                row("a\\*b", term("a\\*b")),
                row("\"a \\\"quoted\\\" b\"", term("a \\\"quoted\\\" b")),
                row("\"back\\\\slash\"", term("back\\\\slash")),
                row("a\"b", term("a\\\"b")),
                row("abc\\", term("abc\\\\")),
                row("a\\ b", term("a\\ b")),
                row("a\\(b", term("a\\(b")),
                row("\"^cat in the hat^\"", term("^cat in the hat^")),
                row("c?t", term("c?t")),
                row("\"\"", term("")),
                row("title = \"\"", clause("title", "=", "")),
                row("\"a  (b) = <c>/d\"", term("a  (b) = <c>/d")),
                row("\"sortby\" sortBy title", query(term("sortby"), key("title"))));
    }

    static Stream<Arguments> unicode() {
        return Stream.of(
                row("紅樓夢", term("紅樓夢")),
                row("題名=紅樓夢", clause("題名", "=", "紅樓夢")),
                row("dc.creator = 曹雪芹 and dc.title any \"紅樓夢 石頭記\"",
                        and(clause("dc.creator", "=", "曹雪芹"), clause("dc.title", "any", "紅樓夢 石頭記"))),
                row("紅樓夢\u3000曹雪芹", term("紅樓夢\u3000曹雪芹")),
                row("東京 prox/unit=word/distance<=2 大学",
                        prox(term("東京"), term("大学"), mod("unit", "=", "word"), mod("distance", "<=", "2"))),
                row("한국 or 조선", or(term("한국"), term("조선"))),
                row("dc.title = \"𠀀𠀁\"", clause("dc.title", "=", "𠀀𠀁")),
                row("Müller and Ærø", and(term("Müller"), term("Ærø"))));
    }

    static Stream<Arguments> prefixes() {
        return Stream.of(
                row(">dc=\"http://purl.org/dc/elements/1.1/\" dc.title = x", clause("dc.title", "=", "x")),
                row(">x=\"" + DC + "\" x.title=a", clause("dc.title", "=", "a")),
                row("> x = \"" + DC + "\" X.title=a", clause("dc.title", "=", "a")),
                row(">\"" + DC + "\" title = a", clause("dc.title", "=", "a")),
                row(">b=\"" + BIB + "\" b.titleUniform = x", clause("bib.titleUniform", "=", "x")),
                row(">dc=\"" + BIB + "\" dc.title = x", clause("bib.title", "=", "x")),
                row(">foo=\"http://example.org/ns\" foo.bar = x", clause("foo.bar", "=", "x")),
                row(">foo=urn:example:ns foo.bar = x", clause("foo.bar", "=", "x")),
                row("title = x", clause("title", "=", "x")),
                row("(>x=\"" + DC + "\" x.title = a) and x.title = b",
                        and(clause("dc.title", "=", "a"), clause("x.title", "=", "b"))),
                row(">x=\"" + DC + "\" (>x=\"" + BIB + "\" x.title=a) and x.title=b",
                        and(clause("bib.title", "=", "a"), clause("dc.title", "=", "b"))),
                row(">dc=\"http://purl.org/dc/elements/1.1/\" >bath=\"http://zing.z3950.org/cql/bath/2.0/\""
                        + " dc.title=a and bath.isbn=1",
                        and(clause("dc.title", "=", "a"), clause("bath.isbn", "=", "1"))),
                row(">c=\"info:srw/cql-context-set/1/cql-v1.2\" title c.adj/c.string x",
                        clause("title", rel("cql.adj", mod("cql.string")), "x")),
                row(">s=\"http://www.loc.gov/zing/cql/srw-indexes/v1.0/\" s.serverChoice = x",
                        clause("srw.serverChoice", "=", "x")),
                row(">x=\"" + DC + "\" a sortBy x.date/sort.descending",
                        query(term("a"), key("dc.date", mod("sort.descending")))),
                row(">\"" + DC + "\" a sortBy date", query(term("a"), key("dc.date"))));
    }

    static Stream<Arguments> resultSetsAndSorting() {
        return Stream.of(
                row("cql.resultSetId = \"rs1\"", new ResultSetRef("rs1")),
                row("cql.resultSetId = rs1 and dc.title = x",
                        and(new ResultSetRef("rs1"), clause("dc.title", "=", "x"))),
                row("CQL.RESULTSETID == rs1", new ResultSetRef("rs1")),
                row("srw.resultSetName = old", new ResultSetRef("old")),
                row("cql.resultSetId = \"a\\*b\"", new ResultSetRef("a*b")),
                row("cql.resultSetId any x", clause("cql.resultSetId", "any", "x")),
                row("a sortBy dc.title", query(term("a"), key("dc.title"))),
                row("a SORTBY dc.title/sort.descending dc.date/sort.ascending/sort.missingValue=\"n/a\"",
                        query(term("a"), key("dc.title", mod("sort.descending")),
                                key("dc.date", mod("sort.ascending"), mod("sort.missingValue", "=", "n/a")))),
                row("dc.title = x sortby dc.date/sort.descending",
                        query(clause("dc.title", "=", "x"), key("dc.date", mod("sort.descending")))),
                row("(a or b) sortby title", query(or(term("a"), term("b")), key("title"))),
                row("a sortBy title/descending", query(term("a"), key("title", mod("descending")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"searchClauses", "booleans", "terms", "unicode", "prefixes", "resultSetsAndSorting"})
    void parsesToTheExpectedTree(String cql, SearchQuery expected) {
        assertThat(CqlParser.DEFAULT.parse(cql)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"searchClauses", "booleans", "terms", "unicode", "prefixes", "resultSetsAndSorting"})
    void writtenFormReadsBackToTheSameTree(String cql, SearchQuery expected) {
        String written = CqlWriter.write(expected);
        assertThat(CqlParser.DEFAULT.parse(written)).as(written).isEqualTo(expected);
    }

    static Arguments row(String cql, Query expected) {
        return row(cql, SearchQuery.of(expected));
    }

    static Arguments row(String cql, SearchQuery expected) {
        return Arguments.of(named(cql.replace("\n", "\\n").replace("\t", "\\t"), cql), expected);
    }
}
