package org.unigate.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;

/** What the SRU reader makes of responses that are not what they should be. */
class SearchRetrieveReaderTest {

    private static SearchRetrieveResponse read(String xml) {
        return SearchRetrieveReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String response(String body) {
        return "<zs:searchRetrieveResponse xmlns:zs=\"" + SruVersion.NS_1X + "\">" + body + "</zs:searchRetrieveResponse>";
    }

    @Test
    void aRecordWithoutDataOrWithBrokenEscapedDataIsReportedInItsPlace() {
        SearchRetrieveResponse r = read(response("<zs:numberOfRecords>2</zs:numberOfRecords><zs:records>"
                + "<zs:record><zs:recordSchema>marcxml</zs:recordSchema></zs:record>"
                + "<zs:record><zs:recordData>&lt;record&gt;cut</zs:recordData><zs:recordPosition>7</zs:recordPosition></zs:record>"
                + "</zs:records>"));

        assertThat(r.records()).extracting(rec -> ((SruRecord.Problem) rec).diagnostic().details())
                .satisfiesExactly(
                        d -> assertThat(d).isEqualTo("record 1 of the page skipped: no recordData"),
                        d -> assertThat(d).startsWith("record at position 7 skipped: record packed as a string is not well-formed"));
    }

    @Test
    void theMembersRecordIdentifierIsKept() {
        SearchRetrieveResponse r = read(response("<zs:records><zs:record><zs:recordData><x/></zs:recordData>"
                + "<zs:extraRecordData><rec:recordIdentifier xmlns:rec=\"info:x\">id-9</rec:recordIdentifier>"
                + "</zs:extraRecordData></zs:record></zs:records>"));

        assertThat(r.numberOfRecords()).isNull();
        assertThat(((SruRecord.Data) r.records().get(0)).identifier()).isEqualTo("id-9");
    }

    @Test
    void aResponseThatIsNotSruOrNotXmlOrMiscountedIsRefusedAsAWhole() {
        assertThatThrownBy(() -> read("<html><body>moved</body></html>"))
                .isInstanceOfSatisfying(DiagnosticException.class, e -> {
                    assertThat(e.diagnostic().condition()).isEqualTo(Condition.MEMBER_ERROR);
                    assertThat(e.diagnostic().details()).isEqualTo("not an SRU searchRetrieveResponse: root element <html>");
                });
        assertThatThrownBy(() -> read(response("<zs:numberOfRecords>-1</zs:numberOfRecords>")))
                .isInstanceOfSatisfying(DiagnosticException.class,
                        e -> assertThat(e.diagnostic().details()).isEqualTo("numberOfRecords is not a count: \"-1\""));
        assertThatThrownBy(() -> read(response("<zs:records>")))
                .isInstanceOfSatisfying(DiagnosticException.class,
                        e -> assertThat(e.diagnostic().details()).startsWith("malformed SRU response").contains("line 1"));
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        assertThatThrownBy(() -> read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + response("&e;")))
                .isInstanceOfSatisfying(DiagnosticException.class,
                        e -> assertThat(e.diagnostic().details()).startsWith("malformed SRU response"));
    }
}
