package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.breaker.CircuitBreakerSettings;

class BreakerLinkTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(CircuitBreakerSettings.DEFAULTS, now::get);
    private final BreakerLink link = new BreakerLink(id -> breaker);

    private static CallResult timedOut() {
        return CallResult.failure("a", Calls.SEARCH, CallResult.Outcome.TIMED_OUT,
                Diagnostic.of(Condition.MEMBER_TIMEOUT, "no answer"), Duration.ofSeconds(5));
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndLaterCallsAreSkippedUntouched() {
        Calls.Fixed failing = new Calls.Fixed(timedOut());
        for (int i = 0; i < 50 && breaker.state() == CircuitBreaker.State.CLOSED; i++) {
            link.call(Calls.exchange("a"), failing).join();
        }
        int calls = failing.calls.get();

        CallResult skipped = link.call(Calls.exchange("a"), failing).join();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(failing.calls).hasValue(calls);
        assertThat(skipped.outcome()).isEqualTo(CallResult.Outcome.SKIPPED);
        assertThat(skipped.diagnostics().get(0).details()).contains("circuit breaker open");
    }

    @Test
    void anAnswerKeepsTheCircuitClosed() {
        for (int i = 0; i < 50; i++) {
            link.call(Calls.exchange("a"), new Calls.Fixed(Calls.answered("a", "a1"))).join();
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
