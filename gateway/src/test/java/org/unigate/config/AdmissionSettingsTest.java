package org.unigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code server.admission}: what each door takes on at once, read from YAML or sized to the machine. */
class AdmissionSettingsTest {

    private static final Path FILE = Path.of("conf/test.yaml");
    private static final String MEMBERS = """
            consortium:
              name: Test
            members:
              - id: demo
                protocol: embedded
                paths: ["generated:demo?seed=1&works=10&members=1&member=1"]
            """;

    private static ConsortiumConfig parse(String server) {
        return ConfigLoader.parse(FILE, MEMBERS + "server:\n" + server);
    }

    @Test
    void eachDoorsLimitsAreReadAndWhatIsLeftOutKeepsItsDefault() {
        AdmissionSettings admission = parse("""
                  admission:
                    sru: {inFlight: 3, queued: 0, retryAfter: 2s}
                    oai:
                      queued: 7
                """).server().admission();
        AdmissionSettings d = AdmissionSettings.DEFAULTS;

        assertThat(admission.sru()).isEqualTo(new DoorLimits(3, 0, Duration.ofSeconds(2)));
        assertThat(admission.oai()).isEqualTo(new DoorLimits(d.oai().inFlight(), 7, d.oai().retryAfter()));
        assertThat(admission.z3950()).isEqualTo(d.z3950());
        assertThat(ConfigLoader.parse(FILE, MEMBERS).server().admission()).isEqualTo(d);
    }

    @Test
    void theDefaultsFollowTheProcessorsWithinAFloorAndACeiling() {
        assertThat(AdmissionSettings.forProcessors(1).sru()).isEqualTo(new DoorLimits(8, 32, Duration.ofSeconds(5)));
        assertThat(AdmissionSettings.forProcessors(4).z3950().inFlight()).isEqualTo(16);
        assertThat(AdmissionSettings.forProcessors(16).z3950().inFlight()).isEqualTo(32);
        assertThat(AdmissionSettings.forProcessors(16).z3950().queued()).isEqualTo(128);
        assertThat(AdmissionSettings.forProcessors(2).oai()).isEqualTo(new DoorLimits(4, 32, Duration.ofSeconds(10)));
        assertThat(AdmissionSettings.forProcessors(16).oai().inFlight()).isEqualTo(16);
        assertThat(AdmissionSettings.DEFAULTS)
                .isEqualTo(AdmissionSettings.forProcessors(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void aDoorWithNoPlaceANegativeQueueOrNoRetryDelayIsRejectedNamingTheField() {
        assertThatThrownBy(() -> parse("  admission:\n    z3950: {inFlight: 0}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("server.admission.z3950.inFlight")
                .hasMessageContaining("from 1");
        assertThatThrownBy(() -> parse("  admission:\n    sru: {queued: -1}\n"))
                .hasMessageContaining("server.admission.sru.queued");
        assertThatThrownBy(() -> parse("  admission:\n    oai: {retryAfter: 0s}\n"))
                .hasMessageContaining("server.admission.oai.retryAfter").hasMessageContaining("1s to 24h");
        assertThatThrownBy(() -> parse("  admission:\n    http: {inFlight: 2}\n"))
                .hasMessageContaining("server.admission.http").hasMessageContaining("sru, z3950");
    }
}
