package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;

class MemberChainTest {

    @Test
    void linksRunOutermostFirstOnTheWayInAndLastOnTheWayOut() {
        List<String> order = new CopyOnWriteArrayList<>();
        MemberLink outer = (exchange, next) -> {
            order.add("outer in");
            return next.proceed(exchange).thenApply(r -> {
                order.add("outer out");
                return r;
            });
        };
        MemberLink inner = (exchange, next) -> {
            order.add("inner in");
            return next.proceed(exchange).thenApply(r -> {
                order.add("inner out");
                return r;
            });
        };
        MemberChain chain = new MemberChain(List.of(outer, inner), exchange -> {
            order.add("client");
            return CompletableFuture.completedFuture(Calls.answered("a", "a1"));
        });

        CallResult result = chain.call(Calls.exchange("a")).join();

        assertThat(result.records()).hasSize(1);
        assertThat(order).containsExactly("outer in", "inner in", "client", "inner out", "outer out");
    }

    @Test
    void aLinkThatThrowsEndsTheCallAsAFailureInsteadOfLosingIt() {
        MemberChain chain = new MemberChain(List.of((exchange, next) -> {
            throw new IllegalStateException("broken link");
        }), new Calls.Fixed(Calls.answered("a", "a1")));

        CallResult result = chain.call(Calls.exchange("a")).join();

        assertThat(result.outcome()).isEqualTo(CallResult.Outcome.FAILED);
        assertThat(result.diagnostics()).extracting(d -> d.condition()).containsExactly(Condition.MEMBER_ERROR);
    }

    @Test
    void aLinkThatReturnsNoFutureIsAFailedCall() {
        MemberChain chain = new MemberChain(List.of((exchange, next) -> null), new Calls.Fixed(Calls.answered("a")));

        assertThat(chain.call(Calls.exchange("a")).join().outcome()).isEqualTo(CallResult.Outcome.FAILED);
    }
}
