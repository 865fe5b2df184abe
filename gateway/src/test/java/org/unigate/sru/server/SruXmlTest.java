package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.unigate.sru.SruVersion;

class SruXmlTest {

    @Test
    void aDiagnosticEchoingHostileInputIsStillWellFormed() throws Exception {
        SruDiagnostic hostile = new SruDiagnostic("info:srw/diagnostic/1/10", "dc.title=\u0000\u001b]]></x>&", "bad");
        for (SruVersion v : SruVersion.values()) {
            String xml = new String(SearchResponseWriter.failure(v, Operation.SEARCH_RETRIEVE, null, hostile),
                    StandardCharsets.UTF_8);
            assertThat(Xml.x(xml, "//*[local-name()='details']")).isEqualTo("dc.title=\uFFFD\uFFFD]]></x>&");
            assertThat(Xml.numberOfRecords(xml)).isZero();
        }
    }
}
