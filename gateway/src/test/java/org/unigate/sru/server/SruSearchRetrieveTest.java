package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.sru.server.Xml.all;
import static org.unigate.sru.server.Xml.diagnostic;
import static org.unigate.sru.server.Xml.numberOfRecords;
import static org.unigate.sru.server.Xml.x;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.federation.UnionSettings;
import org.unigate.federation.Facet;
import org.unigate.federation.UnionResult;
import org.unigate.sru.SruVersion;

/** searchRetrieve against a running gateway over real catalogue exports. */
class SruSearchRetrieveTest {

    private static final String MARC = "http://www.loc.gov/MARC21/slim";
    private final SruGateway g = SruGateway.get();

    @Test
    void numberOfRecordsIsTheEnginesDeduplicatedCountForTheDatabaseAsked() {
        for (String cql : List.of("dc.title=science", "dc.creator=smith", "dc.title=science and dc.creator=american",
                "dc.title=history or dc.title=art", "dc.title=\"韓非子集釋\"", "dc.title=qqqnothing")) {
            for (String database : List.of("", "/trln", "/northeast")) {
                String body = g.get(database, "version", "1.2", "query", cql, "maximumRecords", "0").body();
                UnionResult engine = g.engine(database.isEmpty() ? "union" : database.substring(1), cql);
                assertThat(numberOfRecords(body)).as("%s on %s", cql, database).isEqualTo(engine.count().value());
            }
        }
        assertThat(numberOfRecords(g.get("", "query", "dc.title=science", "maximumRecords", "0").body())).isPositive();
    }

    @Test
    void pagingWithStartRecordReadsTheSameResultSetWithoutAskingMembersAgain() {
        String cql = "dc.title any \"science journal\"";
        int before = g.memberCalls();
        String first = g.get("", "query", cql, "maximumRecords", "4").body();
        int afterFirst = g.memberCalls();
        assertThat(afterFirst - before).as("the first page asks every member").isGreaterThanOrEqualTo(3);
        long total = numberOfRecords(first);
        assertThat(total).isGreaterThan(12);

        List<String> ids = new ArrayList<>(all(first, "resultSetId"));
        List<String> positions = new ArrayList<>(all(first, "recordPosition"));
        List<String> records = new ArrayList<>(controlNumbers(first));
        for (int start = 5; start <= 12; start += 4) {
            String page = g.get("", "query", cql, "startRecord", Integer.toString(start), "maximumRecords", "4").body();
            ids.addAll(all(page, "resultSetId"));
            positions.addAll(all(page, "recordPosition"));
            records.addAll(controlNumbers(page));
            assertThat(x(page, "/*/*[local-name()='nextRecordPosition']")).isEqualTo(Integer.toString(start + 4));
        }
        assertThat(g.memberCalls()).as("member searches after paging").isEqualTo(afterFirst);
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(positions).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        assertThat(records).doesNotHaveDuplicates().hasSize(12);
    }

    @Test
    void theLastPageHasNoNextRecordPositionAndAPageBeyondTheEndIsDiagnostic61() {
        String cql = "dc.title=science";
        long total = numberOfRecords(g.get("", "query", cql, "maximumRecords", "0").body());
        String last = g.get("", "query", cql, "startRecord", Long.toString(total), "maximumRecords", "5").body();
        assertThat(all(last, "recordPosition")).containsExactly(Long.toString(total));
        assertThat(x(last, "count(/*/*[local-name()='nextRecordPosition'])")).isEqualTo("0");
        String beyond = g.get("", "query", cql, "startRecord", Long.toString(total + 1)).body();
        assertThat(diagnostic(beyond)).isEqualTo("info:srw/diagnostic/1/61");
        assertThat(numberOfRecords(beyond)).isZero();
        assertThat(diagnostic(g.get("", "query", "dc.title=qqqnothing", "startRecord", "1").body())).isEmpty();
    }

    @Test
    void aModestResultIsCountedExactlySoPagingEndsWhereNumberOfRecordsSays() {
        // Member hits beyond every member's first page (3 x 20), under the exact-count limit.
        String cql = List.of("dc.title=of", "dc.title=the", "dc.title=and", "dc.title=history or dc.title=art").stream()
                .filter(q -> {
                    long hits = g.engine("union", q).totalHits();
                    return hits > 60 && hits <= UnionSettings.DEFAULTS.exactCountLimit();
                })
                .findFirst().orElseThrow(() -> new AssertionError("no query with a modest result to test with"));
        long total = numberOfRecords(g.get("", "query", cql, "maximumRecords", "50").body());
        int calls = g.memberCalls();

        List<String> positions = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<String> records = new ArrayList<>();
        for (long start = 1; start <= total; start += 50) {
            String page = g.get("", "query", cql, "startRecord", Long.toString(start), "maximumRecords", "50").body();
            positions.addAll(all(page, "recordPosition"));
            sets.addAll(all(page, "resultSetId"));
            records.addAll(controlNumbers(page));
        }
        assertThat(total).as("the union of " + cql).isPositive();
        assertThat(positions).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(sets).as("every page from one result set").containsOnly(sets.get(0));
        assertThat(records.stream().filter(id -> !id.isEmpty())).as("no record twice across pages").doesNotHaveDuplicates();
        assertThat(g.memberCalls()).as("member searches while paging").isEqualTo(calls);
        assertThat(diagnostic(g.get("", "query", cql, "startRecord", Long.toString(total + 1)).body()))
                .isEqualTo("info:srw/diagnostic/1/61");
    }

    @Test
    void aResultSetIdQueryPagesAnEarlierResult() {
        String first = g.get("", "query", "dc.title=history", "maximumRecords", "3").body();
        String id = x(first, "/*/*[local-name()='resultSetId']");
        int calls = g.memberCalls();
        String again = g.get("", "query", "cql.resultSetId=\"" + id + "\"", "startRecord", "2", "maximumRecords", "2").body();
        assertThat(numberOfRecords(again)).isEqualTo(numberOfRecords(first));
        assertThat(controlNumbers(again)).containsExactlyElementsOf(controlNumbers(first).subList(1, 3));
        assertThat(g.memberCalls()).isEqualTo(calls);
        String unknown = g.get("", "query", "cql.resultSetId=\"no-such-set\"").body();
        assertThat(diagnostic(unknown)).isEqualTo("info:srw/diagnostic/1/51");
        assertThat(x(unknown, "//*[local-name()='details']")).isEqualTo("no-such-set");
    }

    @Test
    void postAnswersExactlyAsGetDoes() {
        String[] params = {"version", "1.2", "operation", "searchRetrieve", "query", "dc.title=art", "maximumRecords", "3",
                "recordSchema", "dc"};
        HttpResponse<String> get = g.get("", params);
        HttpResponse<String> post = g.post("", params);
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).isEqualTo(get.body());
        assertThat(all(post.body(), "recordPosition")).hasSize(3);
        HttpResponse<String> post20 = g.post("/northeast", "query", "dc.title=art", "queryType", "cql");
        assertThat(post20.body()).isEqualTo(g.get("/northeast", "query", "dc.title=art", "queryType", "cql").body());
    }

    @Test
    void recordsComeInTheSchemaAndPackingAsked() {
        String cjk = g.get("", "query", "dc.title=\"韓非子集釋\"", "recordSchema", "marcxml").body();
        assertThat(x(cjk, "namespace-uri(//*[local-name()='recordData']/*[1])")).isEqualTo(MARC);
        assertThat(cjk).contains("韓非子集釋");

        String escaped = g.get("", "query", "dc.title=\"韓非子集釋\"", "recordPacking", "string").body();
        String record = x(escaped, "//*[local-name()='recordData']");
        assertThat(x(record, "namespace-uri(/*)")).isEqualTo(MARC);
        assertThat(x(escaped, "count(//*[local-name()='recordData']/*)")).isEqualTo("0");

        String dc = g.get("", "query", "dc.title=science", "recordSchema", "dc", "maximumRecords", "1").body();
        assertThat(x(dc, "//*[local-name()='title' and namespace-uri()='http://purl.org/dc/elements/1.1/']"))
                .containsIgnoringCase("science");
        String json = g.get("", "version", "2.0", "query", "dc.title=science", "recordSchema", "json",
                "recordXMLEscaping", "string", "maximumRecords", "1").body();
        assertThat(x(json, "//*[local-name()='recordData']")).startsWith("{").contains("\"leader\"");
        assertThat(x(json, "//*[local-name()='recordSchema']")).isEqualTo("info:srw/schema/1/marc-in-json");
    }

    @Test
    void facetsOf20AreTheUnionsFacetsCutToTheLimit() {
        String body = g.get("", "version", "2.0", "query", "dc.title=science", "facetLimit", "2:member",
                "maximumRecords", "0").body();
        Facet members = g.engine("union", "dc.title=science").facet(Facet.MEMBER).orElseThrow();
        assertThat(all(body, "actualTerm")).containsExactly(members.values().get(0).value(), members.values().get(1).value());
        assertThat(all(body, "count")).containsExactly(Long.toString(members.values().get(0).count()),
                Long.toString(members.values().get(1).count()));
        assertThat(x(body, "//*[local-name()='resultCountPrecision']")).isEqualTo(SearchResponseWriter.EXACT);
    }

    @Test
    void databasesSelectMembersAndAnUnknownOneIsDiagnostic235() {
        String nowhere = g.get("/nowhere", "query", "dc.title=science").body();
        assertThat(diagnostic(nowhere)).isEqualTo("info:srw/diagnostic/1/235");
        assertThat(x(nowhere, "//*[local-name()='details']")).isEqualTo("nowhere");
        assertThat(numberOfRecords(nowhere)).isZero();
        String explain = g.get("/trln").body();
        assertThat(x(explain, "//*[local-name()='databaseInfo']/*[local-name()='title']")).isEqualTo("Triangle Research Libraries");
        assertThat(x(explain, "//*[local-name()='serverInfo']/*[local-name()='database']")).isEqualTo("sru/trln");
    }

    @Test
    void aStylesheetIsAProcessingInstructionBeforeTheRoot() {
        String body = g.get("", "query", "dc.title=science", "stylesheet", "/xsl/sru.xsl").body();
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?xml-stylesheet type=\"text/xsl\" href=\"/xsl/sru.xsl\"?>");
        Xml.parse(body);
    }

    @Test
    void anOversizedPostIsRefusedWith413AndAReason() {
        String huge = SruGateway.form("query", "dc.title=" + "a".repeat(70_000));
        HttpResponse<String> r = g.send(HttpRequest.newBuilder(URI.create(g.base()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("too large");
    }

    @Test
    void aLongQueryIsRefusedBeforeParsing() {
        String body = g.post("", "query", "dc.title=" + "a ".repeat(3000)).body();
        assertThat(diagnostic(body)).isEqualTo("info:srw/diagnostic/1/6");
        assertThat(x(body, "//*[local-name()='message']")).contains("4096 characters");
    }

    @Test
    void malformedPercentEncodingIsDiagnostic6NotAnIgnoredBody() {
        HttpResponse<String> r = g.send(HttpRequest.newBuilder(URI.create(g.base()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=1.2&query=dc.title%3D%zz")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Xml.root(r.body())).isEqualTo("{" + SruVersion.NS_1X + "}searchRetrieveResponse");
        assertThat(diagnostic(r.body())).isEqualTo("info:srw/diagnostic/1/6");
        assertThat(x(r.body(), "//*[local-name()='message']")).isEqualTo("Malformed request parameters");
        // A semicolon belongs to the query, as it does in a CQL term.
        String semicolon = g.send(HttpRequest.newBuilder(URI.create(g.base() + "?query=dc.title%3D%22a;b%22&maximumRecords=0")))
                .body();
        assertThat(diagnostic(semicolon)).isEmpty();
        assertThat(numberOfRecords(semicolon)).isEqualTo(g.engine("union", "dc.title=\"a;b\"").count().value());
    }

    private static List<String> controlNumbers(String body) {
        List<String> out = new ArrayList<>();
        int n = Integer.parseInt(x(body, "count(//*[local-name()='recordData']/*)"));
        for (int i = 1; i <= n; i++) {
            out.add(x(body, "(//*[local-name()='recordData']/*)[" + i + "]/*[local-name()='controlfield'][@tag='001']"));
        }
        return out;
    }
}
