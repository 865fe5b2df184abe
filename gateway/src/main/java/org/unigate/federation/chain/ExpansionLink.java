package org.unigate.federation.chain;

import java.util.concurrent.CompletableFuture;
import org.unigate.federation.expand.QueryExpander;
import org.unigate.member.MemberSearch;

/**
 * Sends Han terms in both traditional and simplified forms to members configured with
 * {@code expandScripts}: members that do not fold scripts themselves would otherwise find only
 * the records catalogued in the script the user typed.
 */
public final class ExpansionLink implements MemberLink {

    @Override
    public CompletableFuture<CallResult> call(MemberExchange exchange, Chain next) {
        if (!exchange.spec().expandScripts()) {
            return next.proceed(exchange);
        }
        MemberSearch search = exchange.search();
        return next.proceed(exchange.withSearch(
                new MemberSearch(QueryExpander.expand(search.query()), search.offset(), search.count())));
    }
}
