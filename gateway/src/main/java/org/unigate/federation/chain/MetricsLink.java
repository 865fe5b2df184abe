package org.unigate.federation.chain;

import java.util.concurrent.CompletableFuture;

/** Tells the listener (the engine's meters) how every call ended; a listener that throws costs nothing. */
public final class MetricsLink implements MemberLink {

    private final CallListener listener;

    public MetricsLink(CallListener listener) {
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
    }

    @Override
    public CompletableFuture<CallResult> call(MemberExchange exchange, Chain next) {
        return next.proceed(exchange).thenApply(result -> {
            try {
                listener.completed(exchange.spec(), result);
            } catch (RuntimeException ignored) {
                // Metrics must never cost a search its result.
            }
            return result;
        });
    }
}
