package org.unigate.federation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.unigate.cache.MemberRecordCache;
import org.unigate.cache.QueryKey;
import org.unigate.cache.UnionKey;
import org.unigate.cache.UnionResultCache;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.federation.breaker.CircuitBreaker;
import org.unigate.federation.chain.CallResult;
import org.unigate.federation.chain.CpuPool;
import org.unigate.federation.chain.Deadline;
import org.unigate.federation.chain.RecordCacheLink;
import org.unigate.federation.fanout.FanOut;
import org.unigate.federation.rank.SortOrder;
import org.unigate.federation.sharing.SharingContext;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberClient;
import org.unigate.member.ScanRequest;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;
import org.unigate.union.UnionRecord;

/**
 * The one union search every front end calls. A search fans out to the selected members in
 * parallel, bounded by each member's timeout and the overall deadline; members that fail, hang
 * or are switched off by their circuit breaker are reported, never waited for beyond their
 * time, and never cost the others' records. Results are deduplicated, ranked, kept as named
 * result sets that page deeper on demand without reordering, and reused for identical searches
 * in the same sharing context. Thread-safe; never blocks a caller's thread. Build with
 * {@link #builder}; closing the engine stops its own threads, not the member clients.
 */
public final class UnionEngine implements AutoCloseable {

    /** Deeper-fetch rounds one page call may make before settling for what it has. */
    static final int MAX_ROUNDS_PER_PAGE = 64;

    private final Map<String, MemberClient> members;
    private final UnionSettings settings;
    private final Ticker ticker;
    private final Clock clock;
    private final CpuPool cpu;
    private final Map<String, SharingFilter> filters;
    private final CpuPool ownedCpu;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final FanOut fanOut;
    private final RoundMerger merger;
    private final ResultSetStore store;
    private final UnionResultCache<String> resultCache;
    private final MemberRecordCache recordCache;
    private final FederationMetrics metrics;
    private final Map<String, CircuitBreaker> breakers;
    private final UnionScanner scanner;

    UnionEngine(UnionEngineBuilder.Parts parts) {
        this.members = new LinkedHashMap<>();
        parts.members().forEach(m -> members.put(m.id(), m));
        this.settings = parts.settings();
        this.ticker = parts.ticker();
        this.clock = parts.clock();
        this.cpu = parts.cpu();
        this.filters = parts.filters();
        this.ownedCpu = parts.ownedCpu();
        this.scheduler = parts.scheduler();
        this.ownsScheduler = parts.ownsScheduler();
        this.fanOut = parts.fanOut();
        this.merger = parts.merger();
        this.store = parts.store();
        this.resultCache = parts.resultCache();
        this.recordCache = parts.recordCache();
        this.metrics = parts.metrics();
        this.breakers = parts.breakers();
        this.scanner = new UnionScanner(scheduler, ticker, settings.deadline(), breakers::get);
    }

    public static UnionEngineBuilder builder() {
        return new UnionEngineBuilder();
    }

    /** Member ids in the engine's order, which is the order of members in every result. */
    public List<String> memberIds() {
        return List.copyOf(members.keySet());
    }

    public UnionSettings settings() {
        return settings;
    }

    /**
     * The bounded pool for CPU work (checking answers, merging, rendering records): a door that
     * would render on its event loop hands the work here instead. Work handed over from a pool
     * thread runs where it is.
     */
    public Executor cpu() {
        return cpu::executeHere;
    }

    /**
     * Runs a union search, or answers it from the cache. Fails (with a {@link DiagnosticException})
     * only for a request that cannot be run at all: an unknown member, a reference to a result set
     * that does not exist. Member failures are reported in the result instead.
     */
    public CompletableFuture<UnionResult> search(UnionRequest request) {
        long start = ticker.read();
        try {
            Query root = request.query().root();
            if (root instanceof ResultSetRef ref) {
                return CompletableFuture.completedFuture(resultSet(ref.name()).orElseThrow(() ->
                        new DiagnosticException(Condition.RESULT_SET_DOES_NOT_EXIST, ref.name())));
            }
            if (refersToResultSet(root)) {
                throw new DiagnosticException(Condition.QUERY_FEATURE_UNSUPPORTED,
                        "result set references inside a boolean query");
            }
            List<MemberClient> selected = select(request.memberIds());
            int perMember = Math.min(settings.maxPageSize(), Math.max(settings.firstPageSize(), request.options().pageSize()));
            UnionKey key = new UnionKey(QueryKey.of(request.query()), selected.stream().map(MemberClient::id).toList(),
                    "n=" + perMember, request.options().sharing().cacheKey());
            boolean[] loaded = {false};
            CompletableFuture<String> id = resultCache.get(key, k -> {
                loaded[0] = true;
                return run(request, selected, perMember).thenApply(set -> set.id);
            }, setId -> store.get(setId).map(ResultSet::reusable).orElse(false));
            Optional<ResultSet> cached = loaded[0] || !id.isDone() || id.isCompletedExceptionally()
                    ? Optional.empty() : store.get(id.join());
            if (cached.isPresent()) {
                metrics.unionSearch(ticker.read() - start, true);
                return CompletableFuture.completedFuture(cached.get().snapshot());
            }
            return id.thenCompose(setId -> store.get(setId)
                            .map(set -> CompletableFuture.completedFuture(set.snapshot()))
                            // Evicted between search and answer: run it again, uncached.
                            .orElseGet(() -> run(request, selected, perMember).thenApply(ResultSet::snapshot)))
                    .whenComplete((result, error) -> metrics.unionSearch(ticker.read() - start, false));
        } catch (DiagnosticException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Records {@code offset .. offset+count-1} (0-based) of a result set, fetching deeper member
     * pages first if they are needed and exist. Fewer records come back at the end of the set.
     */
    public CompletableFuture<List<UnionRecord>> page(String resultSetId, int offset, int count) {
        if (offset < 0 || count < 0) {
            return CompletableFuture.failedFuture(new DiagnosticException(Condition.FIRST_RECORD_OUT_OF_RANGE,
                    "offset " + offset + ", count " + count));
        }
        if (count > settings.maxPageSize()) {
            return CompletableFuture.failedFuture(new DiagnosticException(Condition.TOO_MANY_RECORDS_REQUESTED,
                    "at most " + settings.maxPageSize() + " records per page"));
        }
        Optional<ResultSet> found = store.get(resultSetId);
        if (found.isEmpty()) {
            return CompletableFuture.failedFuture(new DiagnosticException(Condition.RESULT_SET_DOES_NOT_EXIST, resultSetId));
        }
        ResultSet set = found.get();
        int needed = (int) Math.min(Integer.MAX_VALUE, (long) offset + count);
        CompletableFuture<UnionResult> ready = set.snapshot().records().size() >= needed
                ? CompletableFuture.completedFuture(set.snapshot())
                : set.queue(v -> fetchDeeper(set, needed, MAX_ROUNDS_PER_PAGE)).thenApply(v -> set.snapshot());
        return ready.thenApply(result -> slice(result.records(), offset, count));
    }

    public CompletableFuture<List<UnionRecord>> page(UnionResult result, int offset, int count) {
        return page(result.id(), offset, count);
    }

    /**
     * Browses an index across members (empty = all) in parallel, each within its own timeout and
     * the overall deadline; terms are merged by folded form with their counts summed, in index
     * order. Fails only for an unknown member; members' failures are reported in the result.
     */
    public CompletableFuture<UnionScan> scan(ScanRequest request, List<String> memberIds) {
        try {
            return scanner.scan(request, select(memberIds));
        } catch (DiagnosticException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The latest snapshot of a result set still held. */
    public Optional<UnionResult> resultSet(String id) {
        return store.get(id).map(ResultSet::snapshot);
    }

    /** The state of a member's circuit breaker (for health reports). */
    public CircuitBreaker.State circuitState(String memberId) {
        CircuitBreaker breaker = find(memberId).map(m -> breakers.get(m.id())).orElse(null);
        if (breaker == null) {
            throw new IllegalArgumentException("no member " + memberId);
        }
        return breaker.state();
    }

    /**
     * A member record seen in an earlier search, without asking the member, as the member's
     * sharing rules let this audience see it (the cache holds records as members sent them).
     */
    public Optional<MarcRecord> memberRecord(String memberId, String localId, SharingContext sharing) {
        SharingFilter filter = filters.get(memberId);
        if (filter == null) {
            return Optional.empty();
        }
        return recordCache.get(RecordCacheLink.key(memberId, localId))
                .flatMap(record -> filter.apply(record, sharing.fullAccess(memberId)).record());
    }

    @Override
    public void close() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        if (ownedCpu != null) {
            ownedCpu.close();
        }
    }

    private CompletableFuture<ResultSet> run(UnionRequest request, List<MemberClient> selected, int perMember) {
        SearchQuery query = request.query();
        List<MemberCursor> cursors = new ArrayList<>(selected.size());
        for (MemberClient m : selected) {
            cursors.add(new MemberCursor(m, m.id(), query));
        }
        ResultSet set = new ResultSet(UUID.randomUUID().toString(), clock.instant(), settings.resultSetTtl(), query,
                request.options().sharing(), cursors, sortDiagnostics(SortOrder.of(query.sortKeys())),
                settings.maxFetchDepth());
        List<FanOut.Call> calls = set.firstCalls(perMember);
        RoundMerger.Round round = merger.round(cpu, calls.size());
        return merge(fanOut.run(calls, Deadline.after(settings.deadline(), ticker), set.sharing, round::ended), set,
                true, round)
                .thenCompose(this::settleCount);
    }

    /**
     * The one count policy, for every door: a result whose members can give at most
     * {@code exactCountLimit} records is fetched whole before it is answered, so its count is
     * exact and a Z39.50 client (which cannot be told "about") can present its last record.
     * Larger results keep an estimate, refined as they are paged.
     */
    private CompletableFuture<ResultSet> settleCount(ResultSet set) {
        if (set.unfetched() == 0 || set.reachable() > settings.exactCountLimit()) {
            return CompletableFuture.completedFuture(set);
        }
        return set.queue(v -> fetchDeeper(set, Integer.MAX_VALUE, MAX_ROUNDS_PER_PAGE)).thenApply(v -> set);
    }

    private CompletableFuture<ResultSet> merge(CompletableFuture<List<CallResult>> answers, ResultSet set,
                                               boolean firstRound, RoundMerger.Round round) {
        return merger.mergeWhenIn(answers, set, firstRound, round, cpu, store::put);
    }

    private CompletableFuture<Void> fetchDeeper(ResultSet set, int needed, int roundsLeft) {
        List<FanOut.Call> calls = roundsLeft > 0 ? set.deeperCalls(needed, settings) : List.of();
        if (calls.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        metrics.deepFetch(calls.size());
        RoundMerger.Round round = merger.round(cpu, calls.size());
        return merge(fanOut.run(calls, Deadline.after(settings.deadline(), ticker), set.sharing, round::ended), set,
                false, round)
                .thenCompose(v -> fetchDeeper(set, needed, roundsLeft - 1));
    }

    private List<MemberClient> select(List<String> ids) {
        if (ids.isEmpty()) {
            return List.copyOf(members.values());
        }
        List<String> unknown = ids.stream().filter(id -> find(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new DiagnosticException(Condition.DATABASE_DOES_NOT_EXIST, String.join(", ", unknown));
        }
        // Engine order, not request order: the same members give the same merge whatever their order.
        List<String> wanted = ids.stream().map(id -> find(id).orElseThrow().id()).toList();
        return members.values().stream().filter(m -> wanted.contains(m.id())).toList();
    }

    private Optional<MemberClient> find(String id) {
        MemberClient exact = members.get(id);
        if (exact != null) {
            return Optional.of(exact);
        }
        return members.values().stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst();
    }

    private static boolean refersToResultSet(Query query) {
        if (query instanceof ResultSetRef) {
            return true;
        }
        return query instanceof BooleanQuery b && (refersToResultSet(b.left()) || refersToResultSet(b.right()));
    }

    private static List<Diagnostic> sortDiagnostics(SortOrder order) {
        List<Diagnostic> out = new ArrayList<>();
        for (SortKey key : order.unsupported()) {
            out.add(Diagnostic.of(Condition.UNSUPPORTED_SORT_PATH, key.index() + " (sorted by the other keys and relevance)"));
        }
        return out;
    }

    private static List<UnionRecord> slice(List<UnionRecord> records, int offset, int count) {
        if (offset >= records.size()) {
            return List.of();
        }
        return records.subList(offset, Math.min(records.size(), offset + count));
    }
}
