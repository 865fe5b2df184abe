package org.unigate.federation;

import java.util.List;
import java.util.Objects;
import org.unigate.query.SearchQuery;

/**
 * One union search: the query, which members to search (empty = all), and options.
 */
public record UnionRequest(SearchQuery query, List<String> memberIds, UnionOptions options) {

    public UnionRequest {
        Objects.requireNonNull(query, "query");
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        options = options == null ? UnionOptions.DEFAULT : options;
    }

    public static UnionRequest of(SearchQuery query) {
        return new UnionRequest(query, List.of(), UnionOptions.DEFAULT);
    }

    public UnionRequest withMembers(List<String> ids) {
        return new UnionRequest(query, ids, options);
    }

    public UnionRequest withOptions(UnionOptions v) {
        return new UnionRequest(query, memberIds, v);
    }
}
