package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;

class AdmissionLinkTest {

    @Test
    void aCallOverTheMembersLimitIsAnsweredBusyWithoutReachingIt() {
        AdmissionLink link = new AdmissionLink(1);
        CompletableFuture<CallResult> held = new CompletableFuture<>();
        Calls.Fixed member = new Calls.Fixed(held);

        CompletableFuture<CallResult> first = link.call(Calls.exchange("a"), member);
        CallResult second = link.call(Calls.exchange("a"), member).join();

        assertThat(first).isNotDone();
        assertThat(member.calls).hasValue(1);
        assertThat(second.outcome()).isEqualTo(CallResult.Outcome.SKIPPED);
        assertThat(second.diagnostics()).extracting(d -> d.condition())
                .containsExactly(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE);
    }

    @Test
    void aFinishedCallMakesRoomAgain() {
        AdmissionLink link = new AdmissionLink(1);
        CompletableFuture<CallResult> held = new CompletableFuture<>();
        link.call(Calls.exchange("a"), new Calls.Fixed(held));
        assertThat(link.inProgress("a")).isEqualTo(1);

        held.complete(Calls.answered("a", "a1"));

        assertThat(link.inProgress("a")).isZero();
        assertThat(link.call(Calls.exchange("a"), new Calls.Fixed(Calls.answered("a", "a2"))).join().outcome())
                .isEqualTo(CallResult.Outcome.ANSWERED);
    }

    @Test
    void eachMemberHasItsOwnLimit() {
        AdmissionLink link = new AdmissionLink(1);
        link.call(Calls.exchange("a"), new Calls.Fixed(new CompletableFuture<>()));

        CallResult other = link.call(Calls.exchange("b"), new Calls.Fixed(Calls.answered("b", "b1"))).join();

        assertThat(other.outcome()).isEqualTo(CallResult.Outcome.ANSWERED);
    }
}
