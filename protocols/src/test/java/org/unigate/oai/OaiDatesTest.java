package org.unigate.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OaiDatesTest {

    private static final Instant NOON = Instant.parse("2024-02-29T12:34:56.789Z");

    @Test
    void datestampsGoOutToTheSecondOrTheDayInUtc() {
        assertThat(OaiDates.format(NOON)).isEqualTo("2024-02-29T12:34:56Z");
        assertThat(Granularity.SECOND.format(NOON)).isEqualTo("2024-02-29T12:34:56Z");
        assertThat(Granularity.DAY.format(NOON)).isEqualTo("2024-02-29");
    }

    @Test
    void identifySaysDaysOrElseSecondsAreMeant() {
        assertThat(Granularity.of(" yyyy-mm-dd ")).isEqualTo(Granularity.DAY);
        assertThat(Granularity.of("YYYY-MM-DDThh:mm:ssZ")).isEqualTo(Granularity.SECOND);
        assertThat(Granularity.of(null)).isEqualTo(Granularity.SECOND);
    }

    @Test
    void aProvidersDatestampIsReadAtEitherGranularity() {
        assertThat(OaiDates.parse("2024-02-29")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(OaiDates.parse(" 2024-02-29T12:34:56Z ")).isEqualTo(Instant.parse("2024-02-29T12:34:56Z"));
        assertThatThrownBy(() -> OaiDates.parse("yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an OAI-PMH datestamp: yesterday");
    }

    @Test
    void fromAndUntilTakeInTheWholeDayOrSecondTheyName() throws Exception {
        assertThat(OaiDates.from("2024-02-29")).isEqualTo(new OaiDates.Bound(Instant.parse("2024-02-29T00:00:00Z"), true));
        assertThat(OaiDates.until("2024-02-29").instant()).isEqualTo(Instant.parse("2024-02-29T23:59:59.999999999Z"));
        assertThat(OaiDates.until("2024-02-29T12:34:56Z"))
                .isEqualTo(new OaiDates.Bound(Instant.parse("2024-02-29T12:34:56.999999999Z"), false));
    }

    @Test
    void aBoundThatIsNoDateIsABadArgument() {
        assertThatThrownBy(() -> OaiDates.from("2023-02-29"))
                .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.error()).isEqualTo(OaiError.BAD_ARGUMENT))
                .hasMessage("from='2023-02-29' is not a valid date");
        assertThatThrownBy(() -> OaiDates.until("2024-02-29T12:34Z"))
                .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.error()).isEqualTo(OaiError.BAD_ARGUMENT))
                .hasMessage("until must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not '2024-02-29T12:34Z'");
    }
}
