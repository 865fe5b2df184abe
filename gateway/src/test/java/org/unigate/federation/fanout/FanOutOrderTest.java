package org.unigate.federation.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.breaker.CircuitBreakerSettings;
import org.unigate.federation.chain.BreakerLink;
import org.unigate.federation.chain.CallResult;
import org.unigate.federation.chain.ClientLink;
import org.unigate.federation.chain.CpuPool;
import org.unigate.federation.chain.Deadline;
import org.unigate.federation.chain.DeadlineLink;
import org.unigate.federation.chain.MemberChain;
import org.unigate.federation.sharing.SharingContext;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;


/** A round starts its slowest members first, and still reports every member in call order. */
class FanOutOrderTest {

    private final AtomicLong now = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> started = new CopyOnWriteArrayList<>();
    private final Map<String, CircuitBreaker> breakers = new HashMap<>();
    private final FanOut fanOut = new FanOut(new MemberChain(List.of(
            new BreakerLink(id -> breakers.computeIfAbsent(id, k -> new CircuitBreaker(CircuitBreakerSettings.DEFAULTS, now::get))),
            new DeadlineLink(timer, now::get)), new ClientLink(now::get, new CpuPool(Runnable::run))));

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    /** A member whose answers the test releases, after moving the clock by the member's latency. */
    private final class HeldMember implements MemberClient {
        private final MemberSpec spec;
        private final List<CompletableFuture<MemberResponse>> pending = new ArrayList<>();

        HeldMember(String id) {
            this.spec = MemberSpec.builder(id, Protocol.EMBEDDED).timeout(Duration.ofSeconds(5)).build();
        }

        @Override
        public MemberSpec spec() {
            return spec;
        }

        @Override
        public synchronized CompletableFuture<MemberResponse> search(MemberSearch search) {
            started.add(spec.id());
            CompletableFuture<MemberResponse> answer = new CompletableFuture<>();
            pending.add(answer);
            return answer;
        }

        synchronized void answerAfter(Duration latency) {
            now.addAndGet(latency.toNanos());
            pending.remove(0).complete(new MemberResponse(spec.id(), 0, List.of(), List.of(), latency));
            now.addAndGet(-latency.toNanos());
        }

        @Override
        public void close() {
        }
    }

    private CompletableFuture<List<CallResult>> round(List<HeldMember> members) {
        SearchQuery query = SearchQuery.of(Clause.of("cql.anywhere", "china"));
        List<FanOut.Call> calls = members.stream()
                .map(m -> new FanOut.Call(m, MemberSearch.firstPage(query, 10))).toList();
        return fanOut.run(calls, Deadline.after(Duration.ofSeconds(10), now::get), SharingContext.PUBLIC);
    }

    @Test
    void membersStartInCallOrderUntilTheirTimesAreKnown() {
        List<HeldMember> members = List.of(new HeldMember("a"), new HeldMember("b"), new HeldMember("c"));
        round(members);
        assertThat(started).containsExactly("a", "b", "c");
    }

    @Test
    void theSlowestMemberOfLateStartsFirstAndResultsKeepCallOrder() {
        HeldMember a = new HeldMember("a");
        HeldMember b = new HeldMember("b");
        HeldMember c = new HeldMember("c");
        List<HeldMember> members = List.of(a, b, c);
        CompletableFuture<List<CallResult>> first = round(members);
        a.answerAfter(Duration.ofMillis(5));
        b.answerAfter(Duration.ofMillis(80));
        c.answerAfter(Duration.ofMillis(20));
        assertThat(first.join()).extracting(CallResult::memberId).containsExactly("a", "b", "c");

        started.clear();
        CompletableFuture<List<CallResult>> second = round(members);
        assertThat(started).containsExactly("b", "c", "a");
        a.answerAfter(Duration.ofMillis(5));
        b.answerAfter(Duration.ofMillis(80));
        c.answerAfter(Duration.ofMillis(20));
        assertThat(second.join()).extracting(CallResult::memberId).containsExactly("a", "b", "c");
    }
}
