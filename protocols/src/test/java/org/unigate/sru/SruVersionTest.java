package org.unigate.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SruVersionTest {

    @Test
    void aRequestNamesItsVersionExactly() {
        assertThat(SruVersion.of("1.1")).contains(SruVersion.V1_1);
        assertThat(SruVersion.of(" 2.0 ")).contains(SruVersion.V2_0);
        assertThat(SruVersion.of("2")).isEmpty();
        assertThat(SruVersion.of("1.3")).isEmpty();
        assertThat(SruVersion.of(null)).isEmpty();
    }

    @Test
    void aMemberWithoutAVersionSpeaksTheMostDeployedOne() {
        assertThat(SruVersion.configured(null)).isEqualTo(SruVersion.V1_2);
        assertThat(SruVersion.configured(" ")).isEqualTo(SruVersion.V1_2);
        assertThat(SruVersion.configured("2")).isEqualTo(SruVersion.V2_0);
        assertThat(SruVersion.configured("1.1")).isEqualTo(SruVersion.V1_1);
        assertThatThrownBy(() -> SruVersion.configured("1.3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.1, 1.2 or 2.0");
    }

    @Test
    void versionOneSharesTheZingNamespacesAndTwoHasItsOwn() {
        assertThat(SruVersion.V1_1.namespace()).isEqualTo(SruVersion.V1_2.scanNamespace()).isEqualTo(SruVersion.NS_1X);
        assertThat(SruVersion.V1_2.diagnosticNamespace()).isEqualTo(SruVersion.DIAG_1X);
        assertThat(SruVersion.V2_0.namespace()).isEqualTo(SruVersion.NS_2);
        assertThat(SruVersion.V2_0.scanNamespace()).isEqualTo(SruVersion.SCAN_2);
        assertThat(SruVersion.V2_0.diagnosticNamespace()).isEqualTo(SruVersion.DIAG_2);
        assertThat(SruVersion.isResponseNamespace(SruVersion.SCAN_2)).isFalse();
        assertThat(SruVersion.isDiagnosticNamespace(SruVersion.DIAG_2)).isTrue();
    }

    @Test
    void parametersFollowTheVersion() {
        assertThat(SruVersion.V1_2.packingParameter()).isEqualTo("recordPacking");
        assertThat(SruVersion.V2_0.packingParameter()).isEqualTo("recordXMLEscaping");
        assertThat(SruVersion.V1_1.sortInQuery()).isFalse();
        assertThat(SruVersion.V1_2.sortInQuery()).isTrue();
        assertThat(SruVersion.V1_2.sendsOperation()).isTrue();
        assertThat(SruVersion.V2_0.sendsOperation()).isFalse();
    }
}
