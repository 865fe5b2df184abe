package org.unigate.federation.breaker;

import java.time.Duration;
import java.util.Objects;

/**
 * When a member's circuit opens and for how long: after {@code failureThreshold} consecutive
 * failures it stays open for {@code openDuration}, and each failed probe multiplies that by
 * {@code backoffMultiplier}, up to {@code maxOpenDuration}.
 */
public record CircuitBreakerSettings(int failureThreshold, Duration openDuration, Duration maxOpenDuration,
                                     double backoffMultiplier) {

    public static final CircuitBreakerSettings DEFAULTS =
            new CircuitBreakerSettings(5, Duration.ofSeconds(5), Duration.ofMinutes(2), 2.0);

    public CircuitBreakerSettings {
        Objects.requireNonNull(openDuration, "openDuration");
        Objects.requireNonNull(maxOpenDuration, "maxOpenDuration");
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1: " + failureThreshold);
        }
        if (openDuration.isNegative() || openDuration.isZero() || maxOpenDuration.compareTo(openDuration) < 0) {
            throw new IllegalArgumentException("need 0 < openDuration <= maxOpenDuration");
        }
        if (!(backoffMultiplier >= 1.0)) {
            throw new IllegalArgumentException("backoffMultiplier must be at least 1: " + backoffMultiplier);
        }
    }

    /** How long the circuit stays open after its {@code openings}-th opening in a row (1-based). */
    public Duration backoff(int openings) {
        double nanos = openDuration.toNanos() * Math.pow(backoffMultiplier, Math.max(0, openings - 1));
        long capped = (long) Math.min(nanos, maxOpenDuration.toNanos());
        return Duration.ofNanos(capped);
    }
}
