package org.unigate.federation.breaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.unigate.federation.breaker.CircuitBreaker.Permit;
import org.unigate.federation.breaker.CircuitBreaker.State;

class CircuitBreakerTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(
            new CircuitBreakerSettings(3, Duration.ofSeconds(10), Duration.ofSeconds(25), 2.0), nanos::get);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire().allowed()).isTrue();
            breaker.onFailure();
        }
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        fail(1);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.REFUSED);
        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aSuccessResetsTheCount() {
        fail(2);
        breaker.onSuccess();
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void afterTheBackOffExactlyOneProbeGoesThrough() {
        fail(3);
        advance(Duration.ofSeconds(9));
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.REFUSED);
        advance(Duration.ofSeconds(1));
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.PROBE);
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.REFUSED);
    }

    @Test
    void aSuccessfulProbeClosesTheCircuit() {
        fail(3);
        advance(Duration.ofSeconds(10));
        breaker.tryAcquire();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isEqualTo(Permit.CALL);
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void aFailedProbeReopensWithALongerBackOffUpToTheCap() {
        fail(3);
        advance(Duration.ofSeconds(10));
        breaker.tryAcquire();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(20));
        advance(Duration.ofSeconds(20));
        breaker.tryAcquire();
        breaker.onFailure();
        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void recoveryResetsTheBackOff() {
        fail(3);
        advance(Duration.ofSeconds(10));
        breaker.tryAcquire();
        breaker.onFailure();
        advance(Duration.ofSeconds(20));
        breaker.tryAcquire();
        breaker.onSuccess();
        fail(3);
        assertThat(breaker.retryIn()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void settingsAreChecked() {
        assertThatThrownBy(() -> new CircuitBreakerSettings(0, Duration.ofSeconds(1), Duration.ofSeconds(1), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircuitBreakerSettings(1, Duration.ofSeconds(2), Duration.ofSeconds(1), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircuitBreakerSettings(1, Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
