package org.unigate.sru.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.diag.Condition;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;

/** A member's XML may try to make the gateway read files or call hosts; none of it may work. */
class SruXmlSecurityTest extends WireMockSruTest {

    private static final String SECRET = "TOP-SECRET-CONTENT";

    @TempDir
    Path dir;

    private Path secretFile;

    @BeforeEach
    void secrets() throws Exception {
        secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
        wire.stubFor(get(urlPathMatching("/secret.*")).willReturn(aResponse().withBody(SECRET)));
    }

    @Test
    void externalEntityInTheResponseIsRefusedAndNeverFetched() throws Exception {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n"
                + "  <!ENTITY file SYSTEM \"" + secretFile.toUri() + "\">\n"
                + "  <!ENTITY web SYSTEM \"" + wire.baseUrl() + "/secret-entity\">\n]>\n"
                + SruResponses.v12().hits(1).record(SruResponses.book("b1", "&file;&web;"), 1).build()
                        .replaceFirst("<\\?xml[^>]*>", "");
        serveXml(body.replace("&amp;file;&amp;web;", "&file;&web;"));

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.records()).isEmpty();
        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR);
            assertThat(d.details()).contains("document type declarations are refused").doesNotContain(SECRET);
        });
        assertNothingFetched();
    }

    @Test
    void externalDtdIsNeverFetched() throws Exception {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE zs:searchRetrieveResponse SYSTEM \""
                + wire.baseUrl() + "/secret-dtd\">\n"
                + SruResponses.v12().hits(0).build().replaceFirst("<\\?xml[^>]*>", "");
        serveXml(body);

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR);
            assertThat(d.details()).contains("document type declarations are refused");
        });
        assertNothingFetched();
    }

    @Test
    void entityExpansionBombIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String page = SruResponses.v12().hits(1).record(SruResponses.book("b1", "BOMB"), 1).build()
                .replaceFirst("<\\?xml[^>]*>", "").replace("BOMB", "&a12;");
        serveXml(dtd + page);

        MemberResponse response = search(client(), "dc.title = x", 0, 1);

        assertThat(response.records()).isEmpty();
        assertThat(response.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.condition()).isEqualTo(Condition.MEMBER_ERROR));
    }

    @Test
    void externalEntityInsideARecordPackedAsAStringOnlyCostsThatRecord() throws Exception {
        String evil = "<!DOCTYPE record [<!ENTITY web SYSTEM \"" + wire.baseUrl() + "/secret-packed\">]>"
                + "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>"
                + "<controlfield tag=\"001\">evil</controlfield><datafield tag=\"245\" ind1=\"0\" ind2=\"0\">"
                + "<subfield code=\"a\">&web;</subfield></datafield></record>";
        serveXml(SruResponses.v12().hits(2)
                .raw("marcxml", "string", SruResponses.escape(evil), 1, null)
                .record(SruResponses.book("good", "Kept"), 2)
                .build());

        MemberResponse response = search(client(), "dc.title = x", 0, 2);

        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("good");
        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.RECORD_NOT_AVAILABLE_IN_SCHEMA);
            assertThat(d.details()).contains("position 1", "document type declarations are refused").doesNotContain(SECRET);
        });
        assertNothingFetched();
    }

    private static void assertNothingFetched() {
        assertThat(wire.findAll(anyRequestedFor(urlPathMatching("/secret.*")))).isEmpty();
    }
}
