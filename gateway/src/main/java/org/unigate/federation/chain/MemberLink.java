package org.unigate.federation.chain;

import java.util.concurrent.CompletableFuture;

/**
 * One link of the member-call chain, in the manner of Metaproxy's filters and OkHttp's
 * interceptors: it may answer a call itself (a circuit that is open, a member that is busy),
 * change it on the way in (script expansion), or look at and change the answer on the way out
 * (sharing rules, metrics, the record cache). Links never block: they compose futures.
 *
 * <p>A link's returned future must complete normally, with a {@link CallResult} saying how the
 * call went, whatever happened below it; that is what lets one union search survive any member.
 */
@FunctionalInterface
public interface MemberLink {

    CompletableFuture<CallResult> call(MemberExchange exchange, Chain next);

    /** The rest of the chain after a link. */
    @FunctionalInterface
    interface Chain {
        CompletableFuture<CallResult> proceed(MemberExchange exchange);
    }
}
