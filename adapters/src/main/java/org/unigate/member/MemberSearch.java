package org.unigate.member;

import java.util.Objects;
import org.unigate.query.SearchQuery;

/**
 * A search sent to one member: the query, and which slice of its result to return
 * ({@code offset} is 0-based). A union search asks each member for its first page only.
 */
public record MemberSearch(SearchQuery query, int offset, int count) {

    public MemberSearch {
        Objects.requireNonNull(query, "query");
        if (offset < 0 || count < 0) {
            throw new IllegalArgumentException("offset and count must not be negative");
        }
    }

    public static MemberSearch firstPage(SearchQuery query, int count) {
        return new MemberSearch(query, 0, count);
    }

    public MemberSearch page(int newOffset, int newCount) {
        return new MemberSearch(query, newOffset, newCount);
    }
}
