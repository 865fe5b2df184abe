package org.unigate.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.config.FederationSettings;
import org.unigate.federation.UnionSettings;

/** The federation section of the configuration reaches the union engine as written. */
class ConsortiumSettingsTest {

    @Test
    void federationSettingsBecomeTheEnginesSettings() {
        FederationSettings configured = new FederationSettings(Duration.ofSeconds(7), 30, Duration.ofMinutes(3),
                50_000, 700, 500, Duration.ofMinutes(2), List.of("north"));

        UnionSettings engine = Consortium.settings(configured);

        assertThat(engine.deadline()).isEqualTo(Duration.ofSeconds(7));
        assertThat(engine.firstPageSize()).isEqualTo(30);
        assertThat(engine.resultSetTtl()).isEqualTo(Duration.ofMinutes(3));
        assertThat(engine.resultSetCapacity()).isEqualTo(50_000);
        assertThat(engine.exactCountLimit()).isEqualTo(700);
        assertThat(engine.cacheSize()).isEqualTo(500);
        assertThat(engine.cacheTtl()).isEqualTo(Duration.ofMinutes(2));
    }
}
