package org.unigate.sru;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;

class SruDiagnosticsTest {

    @Test
    void everySruConditionComesBackAsItselfFromItsUri() {
        for (Condition c : Condition.values()) {
            if (c.sruCode() < 1000) {
                assertThat(SruDiagnostics.condition(SruDiagnostics.uri(c))).as(c.name()).contains(c);
            }
        }
    }

    @Test
    void gatewayOnlyConditionsGoOutAsTheNearestSruNumber() {
        assertThat(SruDiagnostics.uri(Condition.MEMBER_TIMEOUT)).isEqualTo("info:srw/diagnostic/1/2");
        assertThat(SruDiagnostics.uri(Condition.DATABASE_UNAVAILABLE)).isEqualTo("info:srw/diagnostic/1/2");
        assertThat(SruDiagnostics.uri(Condition.MEMBER_ERROR)).isEqualTo("info:srw/diagnostic/1/1");
        assertThat(SruDiagnostics.uri(Condition.UNSUPPORTED_INDEX)).isEqualTo("info:srw/diagnostic/1/16");
    }

    @Test
    void aPeersDetailsAreKeptAndItsMessageWhenItSaysMore() {
        assertThat(SruDiagnostics.read(" info:srw/diagnostic/1/16 ", "dc.x", "Unsupported index"))
                .isEqualTo(Diagnostic.of(Condition.UNSUPPORTED_INDEX, "dc.x"));
        assertThat(SruDiagnostics.read("info:srw/diagnostic/1/16", "dc.x", "no such index here"))
                .isEqualTo(Diagnostic.of(Condition.UNSUPPORTED_INDEX, "dc.x; no such index here"));
        assertThat(SruDiagnostics.read("info:srw/diagnostic/1/16", "", "no such index here"))
                .isEqualTo(Diagnostic.of(Condition.UNSUPPORTED_INDEX, "no such index here"));
    }

    @Test
    void aDiagnosticTheGatewayCannotMapLosesNothing() {
        assertThat(SruDiagnostics.read("info:srw/diagnostic/1/89", "dc.title", "Path unsupported"))
                .isEqualTo(Diagnostic.of(Condition.MEMBER_ERROR, "info:srw/diagnostic/1/89: Path unsupported (dc.title)"));
        assertThat(SruDiagnostics.read("info:local/diagnostic/7", null, null))
                .isEqualTo(Diagnostic.of(Condition.MEMBER_ERROR, "info:local/diagnostic/7"));
        assertThat(SruDiagnostics.read(null, null, "broken"))
                .isEqualTo(Diagnostic.of(Condition.MEMBER_ERROR, "diagnostic without a URI: broken"));
        assertThat(SruDiagnostics.condition("info:srw/diagnostic/1/x")).isEmpty();
        assertThat(SruDiagnostics.condition("info:srw/diagnostic/1/1001")).isEmpty();
    }
}
