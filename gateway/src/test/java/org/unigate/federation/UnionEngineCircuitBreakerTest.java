package org.unigate.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.federation.EngineFixture.query;
import static org.unigate.federation.EngineFixture.search;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.breaker.CircuitBreakerSettings;

class UnionEngineCircuitBreakerTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stopTimer() {
        fixture.close();
    }
    private final FakeMember flaky = FakeMember.named("flaky").failingWith(new ConnectException("refused"));
    private final FakeMember good = FakeMember.named("good").answering(List.of(Records.book("g1").title("Dream").build()));
    private final UnionEngine engine = fixture.engine(UnionSettings.DEFAULTS.withBreaker(
            new CircuitBreakerSettings(3, Duration.ofSeconds(30), Duration.ofMinutes(5), 2.0)), flaky, good);

    private UnionResult searchFor(String term) {
        return search(engine, query("dc.title", term));
    }

    private double gauge() {
        return fixture.registry.get("unigate.member.circuit.state").tag("member", "flaky").gauge().value();
    }

    @Test
    void anOpenCircuitSkipsTheMemberThenAProbeRecoversIt() {
        for (int i = 0; i < 3; i++) {
            assertThat(searchFor("t" + i).member("flaky").orElseThrow().state()).isEqualTo(MemberStatus.State.UNAVAILABLE);
        }
        assertThat(flaky.calls()).isEqualTo(3);
        assertThat(engine.circuitState("flaky")).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(gauge()).isEqualTo(2.0);

        UnionResult skipped = searchFor("t3");
        assertThat(flaky.calls()).isEqualTo(3);
        MemberStatus status = skipped.member("flaky").orElseThrow();
        assertThat(status.state()).isEqualTo(MemberStatus.State.SKIPPED);
        assertThat(status.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.DATABASE_UNAVAILABLE);
            assertThat(d.details()).contains("circuit breaker open");
            assertThat(d.member()).isEqualTo("flaky");
        });
        assertThat(skipped.records()).hasSize(1);
        assertThat(fixture.registry.get("unigate.member.errors").tags("member", "flaky", "kind", "skipped")
                .counter().count()).isEqualTo(1.0);

        fixture.advance(Duration.ofSeconds(31));
        flaky.answering(List.of(Records.book("f1").title("Water margin").build()));
        UnionResult recovered = searchFor("t4");
        assertThat(flaky.calls()).isEqualTo(4);
        assertThat(recovered.member("flaky").orElseThrow().state()).isEqualTo(MemberStatus.State.ANSWERED);
        assertThat(recovered.records()).hasSize(2);
        assertThat(engine.circuitState("flaky")).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(gauge()).isEqualTo(0.0);
    }

    @Test
    void aFailedProbeKeepsTheMemberSkippedForLonger() {
        for (int i = 0; i < 3; i++) {
            searchFor("t" + i);
        }
        fixture.advance(Duration.ofSeconds(31));
        assertThat(searchFor("probe").member("flaky").orElseThrow().state()).isEqualTo(MemberStatus.State.UNAVAILABLE);
        assertThat(flaky.calls()).isEqualTo(4);

        fixture.advance(Duration.ofSeconds(31));
        assertThat(searchFor("still").member("flaky").orElseThrow().state()).isEqualTo(MemberStatus.State.SKIPPED);
        assertThat(flaky.calls()).isEqualTo(4);
        fixture.advance(Duration.ofSeconds(30));
        searchFor("again");
        assertThat(flaky.calls()).isEqualTo(5);
    }

    @Test
    void queryProblemsDoNotTripTheBreaker() {
        FakeMember picky = FakeMember.named("picky").behaving(search -> java.util.concurrent.CompletableFuture.completedFuture(
                org.unigate.member.MemberResponse.failed("picky",
                        org.unigate.diag.Diagnostic.of(Condition.UNSUPPORTED_INDEX, "x"), Duration.ZERO)));
        UnionEngine pickyEngine = fixture.engine(UnionSettings.DEFAULTS.withBreaker(
                new CircuitBreakerSettings(1, Duration.ofSeconds(30), Duration.ofMinutes(5), 2.0)), picky);
        search(pickyEngine, query("x.unknown", "a"));
        search(pickyEngine, query("x.unknown", "b"));
        assertThat(picky.calls()).isEqualTo(2);
        assertThat(pickyEngine.circuitState("picky")).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
