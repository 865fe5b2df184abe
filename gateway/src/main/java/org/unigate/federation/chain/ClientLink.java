package org.unigate.federation.chain;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.unigate.member.MemberResponse;

/**
 * The end of the chain: the member's protocol client. Its answer, whatever it is, becomes a
 * checked {@link CallResult} on the CPU pool (the client may complete on an event loop, which
 * must not check, filter or merge records); a cancelled call cancels the client's request, which
 * releases the connection it holds.
 */
public final class ClientLink implements MemberLink.Chain {

    private final Ticker ticker;
    private final CpuPool cpu;

    public ClientLink(Ticker ticker, CpuPool cpu) {
        this.ticker = java.util.Objects.requireNonNull(ticker, "ticker");
        this.cpu = java.util.Objects.requireNonNull(cpu, "cpu");
    }

    @Override
    public CompletableFuture<CallResult> proceed(MemberExchange exchange) {
        long start = ticker.read();
        String memberId = exchange.memberId();
        CompletableFuture<MemberResponse> pending;
        try {
            pending = exchange.client().search(exchange.search());
            if (pending == null) {
                throw new IllegalStateException("member client returned no future");
            }
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(
                    ResponseCheck.fromFailure(memberId, exchange.search(), e, since(start)));
        }
        exchange.cancellation().onCancel(() -> pending.cancel(true));
        CompletableFuture<CallResult> result = new CompletableFuture<>();
        pending.whenComplete((response, error) -> {
            Runnable check = () -> result.complete(convert(exchange, response, error, since(start)));
            try {
                cpu.executeHere(check);
            } catch (RejectedExecutionException e) {
                check.run(); // shutting down: check where we are rather than lose the answer
            }
        });
        return result;
    }

    private static CallResult convert(MemberExchange exchange, MemberResponse response, Throwable error,
                                      Duration elapsed) {
        try {
            return error == null
                    ? ResponseCheck.fromResponse(exchange.memberId(), exchange.search(), response, elapsed)
                    : ResponseCheck.fromFailure(exchange.memberId(), exchange.search(), error, elapsed);
        } catch (RuntimeException e) {
            // A response so broken that checking it failed still ends the call.
            return ResponseCheck.fromFailure(exchange.memberId(), exchange.search(), e, elapsed);
        }
    }

    private Duration since(long start) {
        return Duration.ofNanos(Math.max(0, ticker.read() - start));
    }
}
