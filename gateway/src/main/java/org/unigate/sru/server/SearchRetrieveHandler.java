package org.unigate.sru.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionOptions;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionResult;

/**
 * searchRetrieve over the union: one engine search (answered from the engine's cache when the
 * same search was run before, so paging with startRecord does not ask the members again), then
 * the page from the named result set, fetched deeper only when the page lies beyond it. The
 * count and whether the search fails are the engine's, the same as at every other door; this
 * class only turns them into SRU.
 */
final class SearchRetrieveHandler {

    private final UnionEngine engine;

    SearchRetrieveHandler(UnionEngine engine) {
        this.engine = engine;
    }

    CompletableFuture<SearchPage> handle(SruRequest.SearchRetrieve request, List<String> members) {
        // The page size, never the start, shapes the search: every page of a query must come
        // from the one cached result set, or paging would re-query members and could reorder.
        UnionRequest union = new UnionRequest(request.query(), members,
                UnionOptions.DEFAULT.withPageSize(Math.min(request.maximumRecords(), engine.settings().maxPageSize())));
        return engine.search(union).thenCompose(result -> page(request, result)
                // Under load the store may drop a new set before its page is read: search once more
                // rather than answer "result set does not exist" to a client that never named one.
                .exceptionallyCompose(error -> dropped(error)
                        ? engine.search(union).thenCompose(again -> page(request, again))
                        : CompletableFuture.failedFuture(error)));
    }

    private static boolean dropped(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof DiagnosticException d && d.diagnostic().condition() == Condition.RESULT_SET_DOES_NOT_EXIST;
    }

    private CompletableFuture<SearchPage> page(SruRequest.SearchRetrieve request, UnionResult result) {
        result.fatal().ifPresent(fatal -> {
            throw new SruFailure(request.version(), Operation.SEARCH_RETRIEVE, SruDiagnostic.of(fatal));
        });
        long start = request.startRecord();
        checkStart(request, result);
        if (request.maximumRecords() == 0 || result.count().value() == 0) {
            return CompletableFuture.completedFuture(new SearchPage(request, result, List.of(), notes(result)));
        }
        return engine.page(result.id(), (int) start - 1, request.maximumRecords()).thenApply(records -> {
            // Paging deeper may have refined an estimate: report the set as it now stands, and a
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
        long count = result.count().value();
        if (start > 1 && (start > count || start > Integer.MAX_VALUE)) {
            throw new SruFailure(request.version(), Operation.SEARCH_RETRIEVE, SruDiagnostic.of(
                    Condition.FIRST_RECORD_OUT_OF_RANGE, Long.toString(start),
                    "First record position out of range: the result has " + count + " records"));
        }
    }

    private static List<SruDiagnostic> notes(UnionResult result) {
        List<SruDiagnostic> out = new ArrayList<>();
        result.diagnostics().forEach(d -> out.add(SruDiagnostic.of(d)));
        out.addAll(SruDiagnostic.ofMembers(result.members()));
        return out;
    }
}
