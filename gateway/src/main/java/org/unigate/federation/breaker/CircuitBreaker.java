package org.unigate.federation.breaker;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;

/**
 * One member's circuit breaker. Closed: calls go through, and consecutive failures are counted.
 * Open: calls are refused until the back-off has passed, so a dead member costs the union
 * nothing. Half-open: exactly one probe call goes through; its success closes the circuit, its
 * failure opens it again for a longer back-off. Time comes from a {@link Ticker}, so tests
 * drive it without sleeping.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED(0), HALF_OPEN(1), OPEN(2);

        private final int gaugeValue;

        State(int gaugeValue) {
            this.gaugeValue = gaugeValue;
        }

        /** The value a gauge reports: 0 closed, 1 half-open, 2 open. */
        public int gaugeValue() {
            return gaugeValue;
        }
    }

    /** The answer to "may I call the member now?". */
    public enum Permit {
        /** The circuit is closed. */
        CALL,
        /** The circuit is half-open and this call is its one probe. */
        PROBE,
        /** The circuit is open: skip the member. */
        REFUSED;

        public boolean allowed() {
            return this != REFUSED;
        }
    }

    private final CircuitBreakerSettings settings;
    private final Ticker ticker;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private int openings;
    private long openUntilNanos;
    private boolean probeInFlight;

    public CircuitBreaker(CircuitBreakerSettings settings, Ticker ticker) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    public synchronized Permit tryAcquire() {
        switch (state) {
            case CLOSED:
                return Permit.CALL;
            case OPEN:
                if (ticker.read() - openUntilNanos < 0) {
                    return Permit.REFUSED;
                }
                state = State.HALF_OPEN;
                probeInFlight = true;
                return Permit.PROBE;
            default:
                if (probeInFlight) {
                    return Permit.REFUSED;
                }
                probeInFlight = true;
                return Permit.PROBE;
        }
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        openings = 0;
        probeInFlight = false;
        state = State.CLOSED;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || (state == State.CLOSED && consecutiveFailures >= settings.failureThreshold())) {
            open();
        }
        // A late failure of a call made before the circuit opened does not extend the back-off.
    }

    private void open() {
        openings++;
        openUntilNanos = ticker.read() + settings.backoff(openings).toNanos();
        probeInFlight = false;
        state = State.OPEN;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** How long until an open circuit lets a probe through; zero when it is not open. */
    public synchronized Duration retryIn() {
        if (state != State.OPEN) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(0, openUntilNanos - ticker.read()));
    }
}
