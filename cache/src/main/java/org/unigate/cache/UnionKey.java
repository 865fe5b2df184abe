package org.unigate.cache;

import java.util.List;
import java.util.Objects;

/**
 * What makes two union searches the same search: the query, the members asked (sorted, since
 * the order a client names them in changes nothing), the options that change what is fetched,
 * and the sharing context, so one client's view of restricted data is never handed to another.
 */
public record UnionKey(QueryKey query, List<String> members, String options, String sharingContext) {

    public UnionKey {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sharingContext, "sharingContext");
        members = members.stream().sorted().distinct().toList();
    }
}
