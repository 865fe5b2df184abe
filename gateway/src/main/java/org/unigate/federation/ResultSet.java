package org.unigate.federation;

import org.unigate.federation.sharing.SharingContext;
import org.unigate.union.UnionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.fanout.FanOut;
import org.unigate.federation.rank.QueryTerms;
import org.unigate.federation.rank.SortOrder;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberSearch;
import org.unigate.query.SearchQuery;

/**
 * The live state behind one named union result: per-member cursors, every member record fetched
 * (after sharing rules), and the union records in their committed order. Mutated only under its
 * own lock, one fetch round at a time; readers get immutable {@link UnionResult} snapshots.
 */
final class ResultSet {

    final String id;
    final Instant created;
    final Duration ttl;
    final SearchQuery query;
    final SharingContext sharing;
    final QueryTerms terms;
    final SortOrder order;
    private final int maxFetchDepth;

    private final Map<String, MemberCursor> cursors = new LinkedHashMap<>();
    private final List<MemberRecord> sources = new ArrayList<>();
    private final Set<StableMerge.SourceKey> seen = new HashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private List<UnionRecord> committed = List.of();
    private volatile UnionResult snapshot;
    private volatile int weight = 1;
    /** The last deeper fetch queued; the next one starts after it. */
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    ResultSet(String id, Instant created, Duration ttl, SearchQuery query, SharingContext sharing,
              List<MemberCursor> members, List<Diagnostic> diagnostics, int maxFetchDepth) {
        this.id = id;
        this.maxFetchDepth = maxFetchDepth;
        this.created = created;
        this.ttl = ttl;
        this.query = query;
        this.sharing = sharing;
        this.terms = QueryTerms.of(query.root());
        this.order = SortOrder.of(query.sortKeys());
        members.forEach(c -> cursors.put(c.memberId, c));
        this.diagnostics.addAll(diagnostics);
    }

    UnionResult snapshot() {
        return snapshot;
    }

    /** Member records held: how much memory the set costs, for the store's bound. */
    int weight() {
        return weight;
    }

    /** Worth reusing for the same search only if every member answered its first search. */
    synchronized boolean reusable() {
        return cursors.values().stream().allMatch(MemberCursor::answered);
    }

    synchronized List<FanOut.Call> firstCalls(int perMember) {
        return cursors.values().stream()
                .map(c -> new FanOut.Call(c.client, MemberSearch.firstPage(c.memberQuery, perMember)))
                .toList();
    }

    /** The member calls that would bring the set to {@code needed} records, none if it cannot grow. */
    synchronized List<FanOut.Call> deeperCalls(int needed, UnionSettings settings) {
        List<MemberCursor> active = cursors.values().stream().filter(MemberCursor::more).toList();
        int deficit = needed - committed.size();
        if (deficit <= 0 || active.isEmpty()) {
            return List.of();
        }
        int share = Math.max(settings.firstPageSize(), (deficit + active.size() - 1) / active.size());
        int perMember = Math.min(share, settings.maxPageSize());
        List<FanOut.Call> calls = new ArrayList<>();
        for (MemberCursor c : active) {
            int count = Math.min(perMember, c.remaining(settings.maxFetchDepth()));
            if (count > 0) {
                calls.add(new FanOut.Call(c.client, new MemberSearch(c.memberQuery, c.next(), count)));
            }
        }
        return calls;
    }

    /** Runs {@code fetch} after every deeper fetch queued before it, whatever became of those. */
    synchronized <T> CompletableFuture<T> queue(Function<Void, CompletableFuture<T>> fetch) {
        CompletableFuture<T> next = tail.handle((v, e) -> (Void) null).thenCompose(fetch);
        tail = next;
        return next;
    }

    MemberCursor cursor(String memberId) {
        return cursors.get(memberId);
    }

    /** False when this member's record was fetched before (overlapping pages, repeated ids). */
    boolean firstSight(MemberRecord record) {
        return seen.add(StableMerge.key(record));
    }

    void addSource(MemberRecord record) {
        sources.add(record);
    }

    List<MemberRecord> sources() {
        return sources;
    }

    List<UnionRecord> committed() {
        return committed;
    }

    void addDiagnostic(Diagnostic diagnostic) {
        if (!diagnostics.contains(diagnostic)) {
            diagnostics.add(diagnostic);
        }
    }

    /** Sets the new committed order and publishes a snapshot of it. */
    void commit(List<UnionRecord> records) {
        committed = List.copyOf(records);
        weight = sources.size() + 1;
        long total = 0;
        long reachable = 0;
        boolean complete = true;
        List<MemberStatus> statuses = new ArrayList<>(cursors.size());
        for (MemberCursor c : cursors.values()) {
            total += c.hits();
            reachable += c.reachable(maxFetchDepth);
            complete &= !c.more();
            statuses.add(c.status());
        }
        snapshot = new UnionResult(id, created, ttl, query, committed, total,
                count(complete, reachable), complete, statuses, new LazyFacets(committed), diagnostics);
    }

    /**
     * Exact once nothing more can be fetched; until then the reachable member records less the
     * share of duplicates seen so far, never fewer than the union records already merged.
     */
    private UnionCount count(boolean complete, long reachable) {
        if (complete || sources.isEmpty()) {
            return UnionCount.exact(committed.size());
        }
        long estimate = Math.round(reachable * (committed.size() / (double) sources.size()));
        return UnionCount.estimate(Math.max(committed.size(), estimate));
    }

    /** Member records the members can give in all, fetched or not. */
    synchronized long reachable() {
        long n = 0;
        for (MemberCursor c : cursors.values()) {
            n += c.reachable(maxFetchDepth);
        }
        return n;
    }

    /** Member records not yet fetched that the members can still give. */
    synchronized long unfetched() {
        long n = 0;
        for (MemberCursor c : cursors.values()) {
            n += c.remaining(maxFetchDepth);
        }
        return n;
    }
}
