package org.unigate.z3950.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionOptions;
import org.unigate.federation.UnionRequest;
import org.unigate.query.SearchQuery;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SortResponse;

/**
 * Sort: one named set, re-sorted by title, author or date into a (new or the same) named set.
 * The union is searched again with the sort keys, so every member sorts its own records and the
 * engine merges them in that order; the sorted set's count is that search's deduplicated count.
 */
final class SortOperation {

    private final UnionEngine engine;
    private final SortKeys sortKeys;

    SortOperation(UnionEngine engine, SortKeys sortKeys) {
        this.engine = engine;
        this.sortKeys = sortKeys;
    }

    CompletableFuture<SortResponse> answer(Session session, SortRequest request) {
        try {
            if (request.inputResultSetNames().size() != 1) {
                throw Bib1.failure(Bib1.SORT_TOO_MANY_INPUT_SETS, "exactly one input result set");
            }
            String inputName = request.inputResultSetNames().get(0);
            Session.NamedSet input = session.set(inputName)
                    .orElseThrow(() -> Bib1.failure(Bib1.RESULT_SET_DOES_NOT_EXIST, inputName));
            String outputName = request.sortedResultSetName();
            if (outputName.isEmpty()) {
                throw Bib1.failure(Bib1.NO_SORTED_SET_NAME, "sortedResultSetName");
            }
            session.checkRoomFor(outputName);
            SearchQuery query = input.query().withSortKeys(sortKeys.translate(request.sortSequence()));
            return engine.search(new UnionRequest(query, input.memberIds(), UnionOptions.DEFAULT))
                    .thenApply(result -> {
                        if (result.fatal().isPresent()) {
                            return failure(request, DefaultDiagFormat.of(result.fatal().get()));
                        }
                        long count = result.count().value();
                        session.put(new Session.NamedSet(outputName, result.id(), query, input.memberIds(),
                                input.database(), count));
                        return new SortResponse(request.referenceId(), SortResponse.Status.SUCCESS, null, List.of(),
                                count, List.of());
                    })
                    .exceptionally(error -> failure(request, Bib1.of(error)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(request, Bib1.of(e)));
        }
    }

    private static SortResponse failure(SortRequest request, DefaultDiagFormat diagnostic) {
        return new SortResponse(request.referenceId(), SortResponse.Status.FAILURE, SortResponse.SetStatus.UNCHANGED,
                List.of(diagnostic), null, List.of());
    }
}
