package org.unigate.sru.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;

class SruMemberClientTest extends WireMockSruTest {

    @Test
    void readsAPageOfMarcxmlRecordsFromAnSru12Member() throws Exception {
        serveXml(SruResponses.v12().hits(42)
                .record(SruResponses.book("b1", "Moby-Dick"), 1)
                .record(SruResponses.book("b2", "紅樓夢"), 2)
                .record(SruResponses.book("b3", "채식주의자"), 3)
                .build());

        MemberResponse response = search(client(), "dc.title = whale", 0, 3);

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.hits()).isEqualTo(42);
        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("b1", "b2", "b3");
        assertThat(response.records()).extracting(r -> r.record().values("245", 'a').get(0))
                .containsExactly("Moby-Dick", "紅樓夢", "채식주의자");
        assertThat(response.records()).allSatisfy(r -> assertThat(r.memberId()).isEqualTo("lib1"));
        wire.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("operation", equalTo("searchRetrieve"))
                .withQueryParam("version", equalTo("1.2"))
                .withQueryParam("query", equalTo("dc.title = whale"))
                .withQueryParam("startRecord", equalTo("1"))
                .withQueryParam("maximumRecords", equalTo("3"))
                .withQueryParam("recordSchema", equalTo("marcxml"))
                .withQueryParam("recordPacking", equalTo("xml")));
    }

    @Test
    void readsAPageFromAnSru20MemberAskingForUnescapedXml() throws Exception {
        serveXml(SruResponses.v20().hits(2)
                .record(SruResponses.book("c1", "Norwegian wood"), 1)
                .record(SruResponses.book("c2", "ノルウェイの森"), 2)
                .build());

        MemberResponse response = search(client(b -> b.version("2.0")), "dc.creator = murakami", 0, 2);

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.hits()).isEqualTo(2);
        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("c1", "c2");
        wire.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("version", equalTo("2.0"))
                .withQueryParam("recordXMLEscaping", equalTo("xml"))
                .withQueryParam("recordPacking", absent())
                .withQueryParam("operation", absent()));
    }

    @Test
    void asksForTheRequestedSliceOnTheWire() throws Exception {
        serveXml(SruResponses.v12().hits(95).record(SruResponses.book("p21", "Page three"), 21).build());

        MemberResponse response = search(client(), "cql.serverChoice = history", 20, 10);

        assertThat(response.hits()).isEqualTo(95);
        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("p21");
        wire.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("query", equalTo("history"))
                .withQueryParam("startRecord", equalTo("21"))
                .withQueryParam("maximumRecords", equalTo("10")));
    }

    @ParameterizedTest
    @CsvSource({
        "1.1, dc.title = computer,                            'dc.title,,0 dc.date,,1'",
        "1.2, dc.title = computer sortBy dc.title/sort.descending dc.date,",
        "2.0, dc.title = computer sortBy dc.title/sort.descending dc.date,"})
    void sendsSortKeysTheWayEachVersionExpects(String version, String query, String sortKeys) throws Exception {
        serveXml(SruResponses.v12().hits(0).build());

        search(client(b -> b.version(version)), "title = computer sortBy title/sort.descending dc.date", 0, 10);

        wire.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("query", equalTo(query))
                .withQueryParam("sortKeys", sortKeys == null ? absent() : equalTo(sortKeys)));
    }

    @Test
    void percentEncodesTheQueryAsUtf8() throws Exception {
        serveXml(SruResponses.v12().hits(0).build());

        search(client(), "dc.title = \"紅樓夢 & co+\"", 0, 5);

        LoggedRequest request = wire.findAll(anyRequestedFor(urlPathEqualTo(PATH))).get(0);
        assertThat(request.getUrl())
                .contains("query=dc.title%20%3D%20%22%E7%B4%85%E6%A8%93%E5%A4%A2%20%26%20co%2B%22")
                .doesNotContain("+");
        assertThat(request.queryParameter("query").firstValue()).isEqualTo("dc.title = \"紅樓夢 & co+\"");
    }

    @Test
    void postsTheFormWhenTheUrlWouldBeTooLong() throws Exception {
        serveXml(SruResponses.v12().hits(1).record(SruResponses.book("long1", "Found"), 1).build());
        String longQuery = String.join(" or ", java.util.Collections.nCopies(400, "dc.title = 歷史"));

        MemberResponse response = search(client(), longQuery, 0, 1);

        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("long1");
        wire.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("operation=searchRetrieve"))
                .withRequestBody(containing("query=dc.title%20%3D%20%E6%AD%B7%E5%8F%B2%20or%20")));
        assertThat(wire.findAll(getRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
    }

    @Test
    void readsRecordsPackedAsStringsByEitherVersion() throws Exception {
        for (SruResponses responses : List.of(SruResponses.v12(), SruResponses.v20())) {
            serveXml(responses.hits(2)
                    .stringRecord(SruResponses.book("s1", "Escaped & packed"), 1)
                    .stringRecord(SruResponses.book("s2", "紅樓夢"), 2)
                    .build());

            MemberResponse response = search(client(), "dc.title = packed", 0, 2);

            assertThat(response.diagnostics()).isEmpty();
            assertThat(response.records()).extracting(r -> r.record().values("245", 'a').get(0))
                    .containsExactly("Escaped & packed", "紅樓夢");
        }
    }

    @Test
    void readsRecordsWhoseNamespacePrefixIsDeclaredOnTheResponse() throws Exception {
        String marc = org.unigate.marc.MarcXmlWriter.NAMESPACE;
        String record = "<marc:record><marc:leader>00000nam a2200000 a 4500</marc:leader>"
                + "<marc:controlfield tag=\"001\">ns1</marc:controlfield>"
                + "<marc:datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><marc:subfield code=\"a\">Prefixed</marc:subfield>"
                + "</marc:datafield></marc:record>";
        serveXml(SruResponses.v12().hits(1).raw("marcxml", "xml", record, 1, null).build()
                .replace("<zs:searchRetrieveResponse ", "<zs:searchRetrieveResponse xmlns:marc=\"" + marc + "\" "));

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.records()).singleElement().satisfies(r -> {
            assertThat(r.localId()).isEqualTo("ns1");
            assertThat(r.record().values("245", 'a')).containsExactly("Prefixed");
        });
    }

    @Test
    void takesTheLocalIdFromTheRecordIdentifierWhenTheRecordHasNo001() throws Exception {
        String extra = "<rec:recordIdentifier xmlns:rec=\"info:srw/extension/2/record-1.1\">oai:lib1:77</rec:recordIdentifier>";
        serveXml(SruResponses.v12().hits(1)
                .raw("marcxml", "xml", org.unigate.marc.MarcXmlWriter.toXml(SruResponses.book(null, "No 001")), 1, extra)
                .build());

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("oai:lib1:77");
    }

    @Test
    void asksForTheMembersOwnRecordSchema() throws Exception {
        serveXml(SruResponses.v12().hits(0).build());

        search(client(b -> b.recordSyntax("info:srw/schema/1/marcxml-v1.1")), "dc.title = x", 0, 1);

        wire.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("recordSchema", equalTo("info:srw/schema/1/marcxml-v1.1")));
    }

    @Test
    void keepsNoMoreRecordsThanWereAskedFor() throws Exception {
        serveXml(SruResponses.v12().hits(3)
                .record(SruResponses.book("m1", "One"), 1)
                .record(SruResponses.book("m2", "Two"), 2)
                .record(SruResponses.book("m3", "Three"), 3)
                .build());

        MemberResponse response = search(client(), "dc.title = x", 0, 2);

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("m1", "m2");
        assertThat(response.hits()).isEqualTo(3);
    }
}
