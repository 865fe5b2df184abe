package org.unigate.federation.fanout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.unigate.federation.chain.CallResult;
import org.unigate.federation.chain.Deadline;
import org.unigate.federation.chain.MemberChain;
import org.unigate.federation.chain.MemberExchange;
import org.unigate.federation.sharing.SharingContext;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSearch;

/**
 * Sends one round of searches to members in parallel, each through the engine's member-call
 * chain, and collects every member's {@link CallResult}, in the order the calls were given. The
 * round completes when the last member has answered or timed out, never later than the deadline:
 * the chain's links (breaker, deadline, ...) guarantee every call ends.
 *
 * <p>Calls start slowest member first (by each member's recent call times): a round lasts as
 * long as its slowest member, and starting the others first would add their set-up time to it.
 */
public final class FanOut {

    /** A search for one member. */
    public record Call(MemberClient client, MemberSearch search) {
        public Call {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(search, "search");
        }
    }

    private final MemberChain chain;
    /** Each member's recent call time (nanoseconds, smoothed), to start the slowest first. */
    private final Map<String, Long> recentNanos = new ConcurrentHashMap<>();

    public FanOut(MemberChain chain) {
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    public CompletableFuture<List<CallResult>> run(List<Call> calls, Deadline deadline, SharingContext sharing) {
        return run(calls, deadline, sharing, result -> { });
    }

    /**
     * As {@link #run(List, Deadline, SharingContext)}, telling {@code ended} about each call as it
     * ends, before the round completes. It runs on whichever thread ended the call (the CPU pool,
     * or the timer), so it must hand any real work to another executor; what it throws is ignored.
     */
    public CompletableFuture<List<CallResult>> run(List<Call> calls, Deadline deadline, SharingContext sharing,
                                                   Consumer<CallResult> ended) {
        Objects.requireNonNull(ended, "ended");
        List<CompletableFuture<CallResult>> futures = new ArrayList<>(Collections.nCopies(calls.size(), null));
        for (int i : slowestFirst(calls)) {
            Call call = calls.get(i);
            futures.set(i, chain.call(MemberExchange.of(call.client(), call.search(), deadline, sharing))
                    .thenApply(result -> finish(call.client().spec().id(), result, ended)));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    /** Indices of the calls, the members slowest of late first; ties (and new members) in call order. */
    private List<Integer> slowestFirst(List<Call> calls) {
        List<Integer> order = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> recentNanos.getOrDefault(calls.get(i).client().spec().id(), 0L))
                .reversed());
        return order;
    }

    private CallResult finish(String memberId, CallResult result, Consumer<CallResult> ended) {
        if (result.outcome() != CallResult.Outcome.SKIPPED) {
            long sample = result.elapsed().toNanos();
            recentNanos.merge(memberId, sample, (old, now) -> old - old / 4 + now / 4);
        }
        try {
            ended.accept(result);
        } catch (RuntimeException ignored) {
            // Work done ahead of the merge must never cost the round: the merge does it itself.
        }
        return result;
    }
}
