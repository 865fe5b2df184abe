package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.records.RecordFormat;
import org.unigate.records.RecordFormats;
import org.unigate.sru.SruVersion;

/**
 * Every kind of response, in every version, validated with xmllint against the SRU XSDs the
 * harness uses: explain, searchRetrieve in each schema and packing, scan, each diagnostic.
 */
class SruResponsesValidateTest {

    private static final List<String> VERSIONS = List.of("1.1", "1.2", "2.0");
    /** Every XML format the gateway serves, whichever have landed (marcxml, dc, oai_dc, mods, unigate...). */
    private static final List<String> XML_SCHEMAS = RecordFormats.standard().all().stream()
            .filter(RecordFormat::xml).map(RecordFormat::name).toList();
    private final SruGateway g = SruGateway.get();
    private final List<String> documents = new ArrayList<>();

    private String get(String database, String... params) {
        String body = g.get(database, params).body();
        documents.add(body);
        return body;
    }

    @Test
    void explainSearchAndScanResponsesAreSchemaValidInEveryVersion() throws Exception {
        for (String v : VERSIONS) {
            String packing = v.equals("2.0") ? "recordXMLEscaping" : "recordPacking";
            assertThat(Xml.root(get("", "version", v))).endsWith("}explainResponse");
            get("", "version", v, "operation", "explain", packing, "string");
            get("/northeast", "version", v, "operation", "explain");
            for (String schema : XML_SCHEMAS) {
                for (String escaping : List.of("xml", "string")) {
                    String body = get("", "version", v, "operation", "searchRetrieve", "query", "dc.title any \"science 韓非子\"",
                            "recordSchema", schema, packing, escaping, "maximumRecords", "3", "stylesheet", "/s.xsl");
                    assertThat(Xml.all(body, "recordPosition")).hasSize(3);
                }
            }
            assertThat(XML_SCHEMAS).contains("marcxml", "dc");
            get("", "version", v, "operation", "searchRetrieve", "query", "dc.title=science", "recordSchema", "json",
                    packing, "string", "maximumRecords", "2");
            get("", "version", v, "operation", "searchRetrieve", "query", "dc.title=science", "maximumRecords", "0");
            get("", "version", v, "operation", "searchRetrieve", "query", "dc.title=qqqnothing");
            get("", "version", v, "operation", "searchRetrieve", "query", "dc.title=science sortBy dc.date/sort.descending");
            String scan = get("", "version", v, "operation", "scan", "scanClause", "dc.creator=smith", "maximumTerms", "5");
            assertThat(Xml.all(scan, "value")).hasSize(5);
            get("", "version", v, "operation", "scan", "scanClause", "dc.title=zzzzzzzz", "responsePosition", "1");
        }
        String facets = get("", "query", "dc.title=science", "facetLimit", "3", "maximumRecords", "1");
        assertThat(Xml.all(facets, "facet")).isNotEmpty();
        get("", "version", "1.2", "query", "dc.title=science", "sortKeys", "dc.title,,0", "maximumRecords", "2");
        Xml.assertValid(documents);
    }

    @Test
    void everyDiagnosticResponseIsSchemaValidAndCarriesTheRightCode() throws Exception {
        for (String v : VERSIONS) {
            expect(60, v, "query", "dc.title=science", "version", v, "maximumRecords", "51");
            expect(61, v, "query", "dc.title=science", "version", v, "startRecord", "5000");
            expect(66, v, "query", "dc.title=science", "version", v, "recordSchema", "nosuch");
            expect(10, v, "query", "dc.title=(", "version", v);
            expect(16, v, "query", "dc.nosuchindex=x", "version", v);
            expect(15, v, "query", "zz.title=x", "version", v);
            expect(19, v, "query", "dc.date within \"1990 2000\"", "version", v);
            expect(7, v, "operation", "searchRetrieve", "version", v);
            expect(7, v, "operation", "scan", "version", v);
            expect(4, v, "operation", "update", "version", v);
            expect(8, v, "query", "x", "version", v, "frobnicate", "1");
            expect(6, v, "query", "x", "version", v, "startRecord", "0");
            expect(71, v, "query", "x", "version", v, "recordSchema", "json");
            expect(111, v, "query", "x", "version", v, "stylesheet", "a\"b");
            expect(51, v, "query", "cql.resultSetId=gone", "version", v);
            expect(120, v, "operation", "scan", "scanClause", "dc.title=a", "version", v, "maximumTerms", "2",
                    "responsePosition", "9");
            expect(16, v, "operation", "scan", "scanClause", "dc.publisher=a", "version", v);
            String missing = g.get("/nowhere", "version", v, "operation", "scan", "scanClause", "dc.title=a").body();
            documents.add(missing);
            assertThat(Xml.diagnostic(missing)).isEqualTo("info:srw/diagnostic/1/235");
        }
        expect(5, "1.2", "query", "x", "version", "9.9");
        Xml.assertValid(documents);
    }

    private void expect(int code, String version, String... params) {
        String body = g.get("", params).body();
        documents.add(body);
        assertThat(Xml.diagnostic(body)).as("%s %s", version, List.of(params)).isEqualTo("info:srw/diagnostic/1/" + code);
        String ns = Xml.x(body, "namespace-uri(/*)");
        assertThat(ns).isEqualTo(version.equals("2.0")
                ? (Xml.root(body).endsWith("}scanResponse") ? SruVersion.SCAN_2 : SruVersion.NS_2) : SruVersion.NS_1X);
        if (!version.equals("2.0")) {
            assertThat(Xml.x(body, "/*/*[local-name()='version']")).isEqualTo(code == 5 ? "1.2" : version);
        }
    }
}
