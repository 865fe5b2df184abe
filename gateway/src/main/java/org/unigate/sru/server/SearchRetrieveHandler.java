package org.unigate.sru.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.unigate.diag.Condition;
import org.unigate.federation.MemberStatus;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionOptions;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionResult;

/**
 * searchRetrieve over the union: one engine search (answered from the engine's cache when the
 * same search was run before, so paging with startRecord does not ask the members again), then
 * the page from the named result set, fetched deeper only when the page lies beyond it.
 * Members that failed while others answered are non-fatal diagnostics; when none answered, or
 * every one complained and nothing was found, the first problem fails the request.
 */
final class SearchRetrieveHandler {

    /**
     * Member hits up to which every record is fetched before answering. A union count is an
     * estimate (members' hits less the duplicates seen so far) until all records are merged;
     * for a result this small, exactness costs a few member pages and spares clients a
     * numberOfRecords that paging cannot reach.
     */
    static final long EXACT_COUNT_LIMIT = 1000;

    private final UnionEngine engine;

    SearchRetrieveHandler(UnionEngine engine) {
        this.engine = engine;
    }

    CompletableFuture<SearchPage> handle(SruRequest.SearchRetrieve request, List<String> members) {
        // The page size, never the start, shapes the search: every page of a query must come
        // from the one cached result set, or paging would re-query members and could reorder.
        UnionRequest union = new UnionRequest(request.query(), members,
                UnionOptions.DEFAULT.withPageSize(Math.min(request.maximumRecords(), engine.settings().maxPageSize())));
        return engine.search(union).thenCompose(this::settleCount).thenCompose(result -> page(request, result));
    }

    private CompletableFuture<UnionResult> settleCount(UnionResult result) {
        int rounds = (int) (EXACT_COUNT_LIMIT / Math.max(1, engine.settings().maxPageSize())) + 2;
        return settle(result, rounds);
    }

    /** Fetches deeper until the set is complete, stops growing, or is too big to be worth it. */
    private CompletableFuture<UnionResult> settle(UnionResult result, int roundsLeft) {
        if (result.complete() || result.totalHits() > EXACT_COUNT_LIMIT || roundsLeft == 0) {
            return CompletableFuture.completedFuture(result);
        }
        int have = result.records().size();
        return engine.page(result.id(), have, engine.settings().maxPageSize()).thenCompose(records -> {
            UnionResult latest = engine.resultSet(result.id()).orElse(result);
            return latest.records().size() > have ? settle(latest, roundsLeft - 1) : CompletableFuture.completedFuture(latest);
        });
    }

    private CompletableFuture<SearchPage> page(SruRequest.SearchRetrieve request, UnionResult result) {
        SruDiagnostic fatal = fatal(result);
        if (fatal != null) {
            throw new SruFailure(request.version(), Operation.SEARCH_RETRIEVE, fatal);
        }
        long start = request.startRecord();
        checkStart(request, result);
        if (request.maximumRecords() == 0 || result.estimatedUniqueHits() == 0) {
            return CompletableFuture.completedFuture(new SearchPage(request, result, List.of(), notes(result)));
        }
        return engine.page(result.id(), (int) start - 1, request.maximumRecords()).thenApply(records -> {
            // Paging deeper may have refined the estimate: report the set as it now stands, and a
            // start that the exact count now puts beyond the end as such.
            UnionResult latest = engine.resultSet(result.id()).orElse(result);
            if (records.isEmpty()) {
                checkStart(request, latest);
            }
            return new SearchPage(request, latest, records, notes(latest));
        });
    }

    private static void checkStart(SruRequest.SearchRetrieve request, UnionResult result) {
        long start = request.startRecord();
        if (start > 1 && (start > result.estimatedUniqueHits() || start > Integer.MAX_VALUE)) {
            throw new SruFailure(request.version(), Operation.SEARCH_RETRIEVE, SruDiagnostic.of(
                    Condition.FIRST_RECORD_OUT_OF_RANGE, Long.toString(start),
                    "First record position out of range: the result has " + result.estimatedUniqueHits() + " records"));
        }
    }

    private static List<SruDiagnostic> notes(UnionResult result) {
        List<SruDiagnostic> out = new ArrayList<>();
        result.diagnostics().forEach(d -> out.add(SruDiagnostic.of(d)));
        out.addAll(SruDiagnostic.ofMembers(result.members()));
        return out;
    }

    /** The diagnostic that fails the whole search, or null while any member's answer stands. */
    static SruDiagnostic fatal(UnionResult result) {
        if (result.members().isEmpty() || result.totalHits() > 0 || !result.records().isEmpty()) {
            return null;
        }
        boolean noneAnswered = result.members().stream().noneMatch(MemberStatus::answered);
        boolean allComplained = result.members().stream().allMatch(m -> !m.diagnostics().isEmpty());
        if (!noneAnswered && !allComplained) {
            return null;
        }
        return SruDiagnostic.ofMembers(result.members()).stream().findFirst()
                .orElse(SruDiagnostic.of(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE, "no member answered"));
    }
}
