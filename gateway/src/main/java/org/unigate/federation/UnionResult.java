package org.unigate.federation;

import org.unigate.union.UnionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.unigate.diag.Diagnostic;
import org.unigate.query.SearchQuery;

/**
 * A named union result set as it stands: an immutable snapshot. Paging deeper may fetch more
 * records, giving a newer snapshot with the same id whose earlier records are unchanged in order.
 *
 * @param records             union records fetched so far, in ranked (or sorted) order
 * @param totalHits           the sum of the answering members' hit counts, as they reported them
 * @param count               the union records the result holds: what every door reports
 * @param complete            every record the members can give has been fetched
 * @param members             every member asked, in the engine's member order
 * @param facets              counts over the records fetched so far
 * @param diagnostics         the gateway's own (e.g. an unsupported sort key); members' are in {@code members}
 */
public record UnionResult(String id, Instant created, Duration ttl, SearchQuery query, List<UnionRecord> records,
                          long totalHits, UnionCount count, boolean complete, List<MemberStatus> members,
                          List<Facet> facets, List<Diagnostic> diagnostics) {

    public UnionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(count, "count");
        records = List.copyOf(records);
        members = List.copyOf(members);
        facets = facets instanceof LazyFacets ? facets : List.copyOf(facets); // immutable, counted when read
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<MemberStatus> member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }

    public Optional<Facet> facet(String name) {
        return facets.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The gateway's diagnostics followed by every member's. */
    public List<Diagnostic> allDiagnostics() {
        return Stream.concat(diagnostics.stream(), members.stream().flatMap(m -> m.diagnostics().stream())).toList();
    }

    /**
     * The diagnostic that fails the whole search, if any: no member answered, or every member
     * asked reported a problem and nothing was found. Every door answers with this one verdict.
     */
    public Optional<Diagnostic> fatal() {
        return Verdict.ofSearch(members, totalHits > 0 || !records.isEmpty());
    }

    /** True when some member did not answer, so the result may lack its records. */
    public boolean partial() {
        return members.stream().anyMatch(m -> !m.answered());
    }
}
