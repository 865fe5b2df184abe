package org.unigate.federation.chain;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The engine's member-call chain: links in order, outermost first, ending in the member client.
 * Configured once and used for every member call of every door's searches. Immutable.
 */
public final class MemberChain {

    private final List<MemberLink> links;
    private final MemberLink.Chain head;

    /**
     * @param links    outermost first (metrics, admission, breaker, deadline, expansion, sharing, cache)
     * @param terminal what the last link proceeds to: the member client
     */
    public MemberChain(List<MemberLink> links, MemberLink.Chain terminal) {
        this.links = List.copyOf(links);
        this.head = step(0, java.util.Objects.requireNonNull(terminal, "terminal"));
    }

    public CompletableFuture<CallResult> call(MemberExchange exchange) {
        return head.proceed(exchange);
    }

    public List<MemberLink> links() {
        return links;
    }

    /** The chain from link {@code index} on; a link that throws or returns nothing is a failed call, never a lost one. */
    private MemberLink.Chain step(int index, MemberLink.Chain terminal) {
        if (index == links.size()) {
            return terminal;
        }
        MemberLink link = links.get(index);
        MemberLink.Chain next = step(index + 1, terminal);
        return exchange -> {
            try {
                CompletableFuture<CallResult> answer = link.call(exchange, next);
                if (answer == null) {
                    throw new IllegalStateException(link.getClass().getSimpleName() + " returned no future");
                }
                return answer;
            } catch (RuntimeException e) {
                return CompletableFuture.completedFuture(ResponseCheck.fromFailure(exchange.memberId(),
                        exchange.search(), e, java.time.Duration.ZERO));
            }
        };
    }
}
