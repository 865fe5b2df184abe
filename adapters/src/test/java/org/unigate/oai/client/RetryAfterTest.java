package org.unigate.oai.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Retry-After as seconds or an HTTP date, capped, never negative, a bad value falling back. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final PageFetcher fetcher = new PageFetcher(null,
            HarvestOptions.DEFAULTS.withRetryDelay(Duration.ofSeconds(2), Duration.ofMinutes(5)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void secondsAreTakenAsGiven() {
        assertThat(fetcher.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void anHttpDateCountsFromNow() {
        assertThat(fetcher.retryAfter("Sun, 01 Mar 2026 12:00:30 GMT")).isEqualTo(Duration.ofSeconds(30));
        assertThat(fetcher.retryAfter("Sun, 01 Mar 2026 11:00:00 GMT")).isEqualTo(Duration.ZERO);
    }

    @Test
    void aProviderCannotParkTheHarvester() {
        assertThat(fetcher.retryAfter("86400")).isEqualTo(Duration.ofMinutes(5));
        assertThat(fetcher.retryAfter("Mon, 01 Mar 2027 12:00:00 GMT")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void gibberishFallsBackToTheRetryDelay() {
        assertThat(fetcher.retryAfter("soon")).isEqualTo(Duration.ofSeconds(2));
    }
}
