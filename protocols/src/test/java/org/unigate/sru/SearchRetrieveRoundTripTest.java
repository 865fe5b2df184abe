package org.unigate.sru;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;

/** What the gateway's SRU writer puts on the wire, its SRU reader takes off again, in every version. */
class SearchRetrieveRoundTripTest {

    private static final String MARCXML = "info:srw/schema/1/marcxml-v1.1";
    private static final String RECORD = "<record xmlns=\"http://www.loc.gov/MARC21/slim\">"
            + "<controlfield tag=\"001\">b1</controlfield></record>";

    private record Note(String uri, String details, String message) implements WireDiagnostic {
    }

    private static byte[] response(SruVersion v) throws Exception {
        SruWriter x = new SruWriter(v, null);
        x.root(v.namespace(), "searchRetrieveResponse", v.diagnosticNamespace());
        x.versionElement();
        x.text("numberOfRecords", 42);
        x.start("records");
        x.record(MARCXML, false, RECORD, 1);
        x.record(MARCXML, true, RECORD, 2);
        x.surrogate(new Note(SruDiagnostics.uri(Condition.RECORD_TEMPORARILY_UNAVAILABLE), "locked", null), 3);
        x.end();
        x.diagnostics(List.of(new Note(SruDiagnostics.uri(Condition.UNSUPPORTED_INDEX), "dc.x\u0001", "Unsupported index")));
        return x.finish();
    }

    @Test
    void recordsInBothPackingsSurrogatesAndDiagnosticsComeBackAsWritten() throws Exception {
        for (SruVersion v : SruVersion.values()) {
            SearchRetrieveResponse read = SearchRetrieveReader.read(new ByteArrayInputStream(response(v)));

            assertThat(read.numberOfRecords()).as(v.text()).isEqualTo(42);
            assertThat(read.records()).hasSize(3);
            for (int i = 0; i < 2; i++) {
                SruRecord.Data data = (SruRecord.Data) read.records().get(i);
                assertThat(data.where()).isEqualTo("record at position " + (i + 1));
                assertThat(data.schema()).isEqualTo(MARCXML);
                assertThat(data.data().root()).isEqualTo("record");
                assertThat(new String(data.data().bytes(), StandardCharsets.UTF_8)).contains(">b1</controlfield>");
            }
            assertThat(read.records().get(2)).isEqualTo(new SruRecord.Problem(
                    Diagnostic.of(Condition.RECORD_TEMPORARILY_UNAVAILABLE, "record at position 3: locked")));
            assertThat(read.diagnostics()).containsExactly(Diagnostic.of(Condition.UNSUPPORTED_INDEX, "dc.x\uFFFD"));
        }
    }

    @Test
    void versionOneNamesItsVersionAndPackingVersionTwoRenamedIt() throws Exception {
        String v12 = new String(response(SruVersion.V1_2), StandardCharsets.UTF_8);
        String v20 = new String(response(SruVersion.V2_0), StandardCharsets.UTF_8);

        assertThat(v12).contains("<zs:version>1.2</zs:version>", "<zs:recordPacking>string</zs:recordPacking>",
                "<diag:diagnostic xmlns:diag=\"" + SruVersion.DIAG_1X + "\">");
        assertThat(v20).doesNotContain("<zs:version>").contains("<zs:recordXMLEscaping>string</zs:recordXMLEscaping>");
    }
}
