package org.unigate.sru.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;

/** What members say when something is wrong, and what the client makes of broken answers. */
class SruDiagnosticsTest extends WireMockSruTest {

    @Test
    void fatalQuerySyntaxDiagnosticKeepsTheMembersDetails() throws Exception {
        serveXml(SruResponses.v20().hits(0).diagnostic(10, "unbalanced quote", "Query syntax error").build());

        MemberResponse response = search(client(b -> b.version("2.0")), "dc.title = x", 0, 10);

        assertThat(response.hits()).isZero();
        assertThat(response.records()).isEmpty();
        assertThat(response.ok()).isFalse();
        assertThat(response.diagnostics()).containsExactly(new Diagnostic(Condition.QUERY_SYNTAX_ERROR, "unbalanced quote", "lib1"));
    }

    @Test
    void fatalDiagnosticWithoutNumberOfRecordsAsYazSendsIt() throws Exception {
        // YAZ/Zebra 1.2: no numberOfRecords, no details, just the URI and the standard message.
        serveXml(SruResponses.v12().diagnostic(16, null, "Unsupported index").build());

        MemberResponse response = search(client(), "dc.title = x", 0, 10);

        assertThat(response.hits()).isZero();
        assertThat(response.diagnostics()).containsExactly(new Diagnostic(Condition.UNSUPPORTED_INDEX, null, "lib1"));
    }

    @Test
    void diagnosticTheGatewayDoesNotKnowKeepsItsUriAndMessage() throws Exception {
        serveXml(SruResponses.v12().diagnostic(89, "dc.title", "Path unsupported for schema").build());

        MemberResponse response = search(client(), "dc.title = x", 0, 10);

        Diagnostic d = response.diagnostics().get(0);
        assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR);
        assertThat(d.details()).contains("info:srw/diagnostic/1/89", "Path unsupported for schema", "dc.title");
    }

    @Test
    void surrogateDiagnosticReplacesOneRecordAndTheRestOfThePageIsKept() throws Exception {
        for (SruResponses responses : java.util.List.of(SruResponses.v12(), SruResponses.v20())) {
            serveXml(responses.hits(30)
                    .record(SruResponses.book("r1", "First"), 11)
                    .surrogate(64, "locked by cataloguer", 12)
                    .record(SruResponses.book("r3", "Third"), 13)
                    .build());

            MemberResponse response = search(client(), "dc.title = x", 10, 3);

            assertThat(response.hits()).isEqualTo(30);
            assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("r1", "r3");
            assertThat(response.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.condition()).isEqualTo(Condition.RECORD_TEMPORARILY_UNAVAILABLE);
                assertThat(d.details()).contains("position 12", "locked by cataloguer");
                assertThat(d.member()).isEqualTo("lib1");
            });
            assertThat(response.ok()).isTrue();
        }
    }

    @Test
    void malformedRecordInTheMiddleOfAPageIsSkippedAndReported() throws Exception {
        String broken = SruResponses.escape("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>"
                + "<controlfield tag=\"001\">r2</controlfield><datafield tag=\"245\"><subfield code=\"a\">Cut</datafield>");
        serveXml(SruResponses.v12().hits(3)
                .record(SruResponses.book("r1", "First"), 1)
                .raw("marcxml", "string", broken, 2, null)
                .record(SruResponses.book("r3", "Third"), 3)
                .build());

        MemberResponse response = search(client(), "dc.title = x", 0, 3);

        assertThat(response.hits()).isEqualTo(3);
        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("r1", "r3");
        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.RECORD_NOT_AVAILABLE_IN_SCHEMA);
            assertThat(d.details()).contains("position 2", "not well-formed");
        });
    }

    @Test
    void recordThatIsNotMarcIsSkippedAndReported() throws Exception {
        String dc = "<srw_dc:dc xmlns:srw_dc=\"info:srw/schema/1/dc-schema\"><title xmlns=\"http://purl.org/dc/elements/1.1/\">DC only</title></srw_dc:dc>";
        serveXml(SruResponses.v12().hits(2)
                .raw("dc", "xml", dc, 1, null)
                .record(SruResponses.book("r2", "Second"), 2)
                .build());

        MemberResponse response = search(client(), "dc.title = x", 0, 2);

        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("r2");
        assertThat(response.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.details()).contains("position 1", "no MARCXML record", "dc"));
    }

    @Test
    void malformedResponseIsAMemberErrorSayingWhere() throws Exception {
        String body = SruResponses.v12().hits(1).record(SruResponses.book("r1", "First"), 1).build();
        serveXml(body.substring(0, body.length() - 40));

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.records()).isEmpty();
        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR);
            assertThat(d.details()).startsWith("malformed SRU response").contains("line");
        });
    }

    @Test
    void answerThatIsNotAnSruResponseIsAMemberError() throws Exception {
        serveXml("<html><body>Service moved</body></html>");

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR);
            assertThat(d.details()).contains("not an SRU searchRetrieveResponse", "<html>");
        });
    }

    @Test
    void indexTheMemberDoesNotSupportIsRefusedWithoutAsking() throws Exception {
        SruMemberClient client = client(b -> b.indexOverrides(Map.of()).indexMap(zebraLikeMap()));

        MemberResponse response = search(client, "dc.title = x and bath.lccn = 2001012345", 0, 10);

        assertThat(response.diagnostics()).containsExactly(new Diagnostic(Condition.UNSUPPORTED_INDEX, "bath.lccn", "lib1"));
        assertThat(wire.findAll(anyRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
    }

    @Test
    void indexesAreSentInTheMembersOwnSpelling() throws Exception {
        serveXml(SruResponses.v12().hits(0).build());
        SruMemberClient client = client(b -> b.indexMap(zebraLikeMap())
                .indexOverrides(Map.of("index.local.shelfmark", "1=1062")));

        search(client, "rec.identifier = b1 or bath.personalName = knuth or local.shelfmark = QA76", 0, 10);

        wire.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("query",
                equalTo("rec.id = b1 or bath.personalName = knuth or local.shelfmark = QA76")));
    }

    private static String zebraLikeMap() {
        return org.unigate.testing.SharedData.harness().resolve("conf/zebra/cql2pqf.txt").toString();
    }
}
