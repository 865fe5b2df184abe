package org.unigate.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.cql.CqlTrees.clause;
import static org.unigate.cql.CqlTrees.mod;
import static org.unigate.cql.CqlTrees.rel;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class XcqlWriterTest {

    /**
     * What YAZ 5.34 ({@code cql_parser_string} then {@code cql_to_xml}) writes for each query. YAZ
     * writes no namespace and lists modifiers last-first, so the comparison ignores both.
     */
    static Stream<Arguments> yazSamples() {
        return Stream.of(
                yaz("cat",
                        "<searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>cat</term></searchClause>"),
                yaz("dc.title = \"red chamber\"",
                        "<searchClause><index>dc.title</index><relation><value>=</value></relation><term>red chamber</term></searchClause>"),
                yaz("a and b or c",
                        "<triple><boolean><value>or</value></boolean>"
                        + "<leftOperand><triple><boolean><value>and</value></boolean>"
                        + "<leftOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>a</term></searchClause></leftOperand>"
                        + "<rightOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>b</term></searchClause></rightOperand></triple></leftOperand>"
                        + "<rightOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>c</term></searchClause></rightOperand></triple>"),
                yaz("a or (b and c)",
                        "<triple><boolean><value>or</value></boolean>"
                        + "<leftOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>a</term></searchClause></leftOperand>"
                        + "<rightOperand><triple><boolean><value>and</value></boolean>"
                        + "<leftOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>b</term></searchClause></leftOperand>"
                        + "<rightOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>c</term></searchClause></rightOperand></triple></rightOperand></triple>"),
                yaz("title =/relevant/cql.string \"x\"",
                        "<searchClause><index>title</index><relation><value>=</value><modifiers><modifier><type>cql.string</type></modifier><modifier><type>relevant</type></modifier></modifiers></relation><term>x</term></searchClause>"),
                yaz("a prox/unit=word/distance<=3/ordered b",
                        "<triple><boolean><value>prox</value><modifiers><modifier><type>ordered</type></modifier><modifier><type>distance</type><comparison>&lt;=</comparison><value>3</value></modifier><modifier><type>unit</type><comparison>=</comparison><value>word</value></modifier></modifiers></boolean>"
                        + "<leftOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>a</term></searchClause></leftOperand>"
                        + "<rightOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>b</term></searchClause></rightOperand></triple>"),
                yaz("dc.title any \"a b\" not dc.creator == smith",
                        "<triple><boolean><value>not</value></boolean>"
                        + "<leftOperand><searchClause><index>dc.title</index><relation><value>any</value></relation><term>a b</term></searchClause></leftOperand>"
                        + "<rightOperand><searchClause><index>dc.creator</index><relation><value>==</value></relation><term>smith</term></searchClause></rightOperand></triple>"),
                yaz("x\\*y and \"a \\\"q\\\"\"",
                        "<triple><boolean><value>and</value></boolean>"
                        + "<leftOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>x\\*y</term></searchClause></leftOperand>"
                        + "<rightOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>a \\\"q\\\"</term></searchClause></rightOperand></triple>"),
                yaz("紅樓夢 and dc.creator=曹雪芹",
                        "<triple><boolean><value>and</value></boolean>"
                        + "<leftOperand><searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>紅樓夢</term></searchClause></leftOperand>"
                        + "<rightOperand><searchClause><index>dc.creator</index><relation><value>=</value></relation><term>曹雪芹</term></searchClause></rightOperand></triple>"),
                yaz("cql.resultSetId = \"rs1\"",
                        "<searchClause><index>cql.resultSetId</index><relation><value>=</value></relation><term>rs1</term></searchClause>"),
                yaz("a sortby dc.title/sort.descending dc.date",
                        "<searchClause><index>cql.serverChoice</index><relation><value>=</value></relation><term>a</term>"
                        + "<sortKeys><key><index>dc.title</index><modifiers><modifier><type>sort.descending</type></modifier></modifiers></key><key><index>dc.date</index></key></sortKeys></searchClause>"),
                yaz("title <> \"x & <y>\"",
                        "<searchClause><index>title</index><relation><value>&lt;&gt;</value></relation><term>x &amp; &lt;y&gt;</term></searchClause>"),
                yaz("bath.isbn = 0747532699 or dc.date >= 1999",
                        "<triple><boolean><value>or</value></boolean>"
                        + "<leftOperand><searchClause><index>bath.isbn</index><relation><value>=</value></relation><term>0747532699</term></searchClause></leftOperand>"
                        + "<rightOperand><searchClause><index>dc.date</index><relation><value>&gt;=</value></relation><term>1999</term></searchClause></rightOperand></triple>")
);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yazSamples")
    void hasTheShapeYazWrites(String cql, String yazXcql) throws Exception {
        Element ours = parse(XcqlWriter.write(CqlParser.DEFAULT.parse(cql))).getDocumentElement();
        Element yaz = parse(yazXcql).getDocumentElement();

        assertThat(shape(ours)).isEqualTo(shape(yaz));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yazSamples")
    void everyElementIsInTheXcqlNamespace(String cql, String yazXcql) throws Exception {
        Document doc = parse(XcqlWriter.write(CqlParser.DEFAULT.parse(cql)));

        assertThat(doc.getElementsByTagNameNS("*", "*").getLength())
                .isEqualTo(doc.getElementsByTagNameNS(XcqlWriter.NAMESPACE, "*").getLength())
                .isGreaterThan(3);
    }

    @Test
    void isIndentedLikeYaz() {
        assertThat(XcqlWriter.write(CqlParser.DEFAULT.parse("a and dc.title = b"))).isEqualTo("""
                <triple xmlns="http://www.loc.gov/zing/cql/xcql/">
                  <boolean>
                    <value>and</value>
                  </boolean>
                  <leftOperand>
                    <searchClause>
                      <index>cql.serverChoice</index>
                      <relation>
                        <value>=</value>
                      </relation>
                      <term>a</term>
                    </searchClause>
                  </leftOperand>
                  <rightOperand>
                    <searchClause>
                      <index>dc.title</index>
                      <relation>
                        <value>=</value>
                      </relation>
                      <term>b</term>
                    </searchClause>
                  </rightOperand>
                </triple>""");
    }

    @Test
    void modifiersKeepTheirQueryOrder() throws Exception {
        Document doc = parse(XcqlWriter.write(CqlParser.DEFAULT.parse("a prox/unit=word/distance<=3/ordered b")));

        List<String> types = new ArrayList<>();
        for (Node n = first(doc, "modifiers").getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                types.add(e.getElementsByTagNameNS(XcqlWriter.NAMESPACE, "type").item(0).getTextContent());
            }
        }
        assertThat(types).containsExactly("unit", "distance", "ordered");
    }

    @Test
    void sortKeysAreTheLastChildOfTheRoot() throws Exception {
        Element root = parse(XcqlWriter.write(CqlParser.DEFAULT.parse(
                "a or b sortBy dc.title/sort.missingValue=\"n/a\" dc.date"))).getDocumentElement();

        Element last = (Element) lastElement(root);
        assertThat(root.getLocalName()).isEqualTo("triple");
        assertThat(shape(last)).isEqualTo("sortKeys(key(index=dc.title,modifiers(modifier(type=sort.missingValue,"
                + "comparison==,value=n/a))),key(index=dc.date))");
    }

    @Test
    void termsStayInCqlTermSyntaxAndMarkupIsEscaped() throws Exception {
        Document doc = parse(XcqlWriter.write(SearchQuery.of(clause("dc.title", "=", "<a> & \\\"b\\* c*"))));

        assertThat(first(doc, "term").getTextContent()).isEqualTo("<a> & \\\"b\\* c*");
    }

    @Test
    void textXmlCannotCarryIsReplacedSoTheDocumentStaysWellFormed() throws Exception {
        SearchQuery hostile = SearchQuery.of(clause("dc.title", rel("=", mod("x", "=", "v\u0000")), "a\u0001b\uD800c\uFFFE"));

        Document doc = parse(XcqlWriter.write(hostile));

        assertThat(first(doc, "term").getTextContent()).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
        assertThat(doc.getElementsByTagNameNS(XcqlWriter.NAMESPACE, "value").item(1).getTextContent())
                .isEqualTo("v\uFFFD");
    }

    @Test
    void aResultSetReferenceIsASearchClauseOnCqlResultSetId() throws Exception {
        Element root = parse(XcqlWriter.write(SearchQuery.of(new ResultSetRef("rs*1")))).getDocumentElement();

        assertThat(shape(root)).isEqualTo("searchClause(index=cql.resultSetId,relation(value==),term=rs\\*1)");
    }

    @Test
    void canBeWrittenInsideAnotherDocument() throws Exception {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartElement("echoedSearchRetrieveRequest");
        xml.writeStartElement("xQuery");
        XcqlWriter.writeTo(CqlParser.DEFAULT.parse("dc.title = 紅樓夢"), xml);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.close();

        Element xQuery = (Element) parse(text.toString()).getDocumentElement().getFirstChild();
        Element clause = (Element) xQuery.getFirstChild();
        assertThat(clause.getNamespaceURI()).isEqualTo(XcqlWriter.NAMESPACE);
        assertThat(shape(clause)).isEqualTo("searchClause(index=dc.title,relation(value==),term=紅樓夢)");
    }

    /** The element tree as text, whitespace dropped and modifier lists in a fixed order. */
    static String shape(Element e) {
        List<String> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(shape(child));
            }
        }
        if (children.isEmpty()) {
            return e.getLocalName() + "=" + e.getTextContent();
        }
        if (e.getLocalName().equals("modifiers")) {
            children.sort(null);
        }
        return e.getLocalName() + "(" + String.join(",", children) + ")";
    }

    private static Node lastElement(Element e) {
        Node n = e.getLastChild();
        while (!(n instanceof Element)) {
            n = n.getPreviousSibling();
        }
        return n;
    }

    private static Element first(Document doc, String name) {
        return (Element) doc.getElementsByTagNameNS(XcqlWriter.NAMESPACE, name).item(0);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static Arguments yaz(String cql, String xcql) {
        return Arguments.of(cql, xcql);
    }
}
