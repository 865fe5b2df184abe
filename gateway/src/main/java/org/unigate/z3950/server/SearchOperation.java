package org.unigate.z3950.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionOptions;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionResult;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.ElementSetNames;
import org.unigate.z3950.OtherInfo;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.Records;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;

/**
 * Search: databases to members, the query to the gateway's tree, one union search, and the
 * answer under the session's name for it.
 *
 * <p>The result count is the engine's deduplicated {@link org.unigate.federation.UnionCount}, the
 * same number every door reports: the set a client pages through holds one record per work, and
 * the engine settles the count exactly for results it can fetch whole, so every position up to it
 * exists. Whether the search fails at all is the engine's verdict too; members that failed while
 * others answered each become a line of otherInfo (version 3). Records are piggy-backed
 * by the small/large set bounds and the medium set present number, in the element set asked for.
 */
final class SearchOperation {

    private final UnionEngine engine;
    private final Databases databases;
    private final Queries queries;
    private final RecordPresenter presenter;

    SearchOperation(UnionEngine engine, Databases databases, Queries queries, RecordPresenter presenter) {
        this.engine = engine;
        this.databases = databases;
        this.queries = queries;
        this.presenter = presenter;
    }

    CompletableFuture<SearchResponse> answer(Session session, SearchRequest request) {
        String name = request.resultSetName();
        if (!request.replaceIndicator() && session.has(name)) {
            return CompletableFuture.completedFuture(failure(request,
                    DefaultDiagFormat.bib1(Bib1.RESULT_SET_EXISTS, name)));
        }
        // A failed search replaces the set it names with nothing: a later present must not show the old one.
        return run(session, request).thenApply(response -> {
            if (!response.searchStatus()) {
                session.remove(name);
            }
            return response;
        });
    }

    private CompletableFuture<SearchResponse> run(Session session, SearchRequest request) {
        try {
            session.checkRoomFor(request.resultSetName());
            List<String> members = databases.members(request.databaseNames());
            Queries.Translated translated = queries.translate(request.query(), session);
            if (translated.referenced() != null) {
                members = translated.referenced().memberIds();
            }
            // Records a medium set would send at once are worth asking every member for up front.
            int pageHint = Math.max(0, Math.min(request.mediumSetPresentNumber(), 100));
            UnionRequest union = new UnionRequest(translated.query(), members,
                    UnionOptions.DEFAULT.withPageSize(pageHint));
            Session.NamedSet basis = translated.referenced();
            List<String> searched = members;
            return engine.search(union)
                    .thenCompose(result -> respond(session, request, result, basis, searched))
                    .exceptionally(error -> failure(request, Bib1.of(error)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(request, Bib1.of(e)));
        }
    }

    private CompletableFuture<SearchResponse> respond(Session session, SearchRequest request, UnionResult result,
                                                      Session.NamedSet basis, List<String> members) {
        if (result.fatal().isPresent()) {
            return CompletableFuture.completedFuture(failure(request, DefaultDiagFormat.of(result.fatal().get())));
        }
        long count = result.count().value();
        Session.NamedSet set = new Session.NamedSet(request.resultSetName(), result.id(),
                basis != null ? basis.query() : result.query(), members, Databases.label(request.databaseNames()), count);
        session.put(set);
        List<OtherInfo> notes = session.agreed().version3() ? MemberNotes.of(result.allDiagnostics()) : List.of();

        int piggyback;
        ElementSetNames elements;
        if (count <= request.smallSetUpperBound()) {
            piggyback = (int) count;
            elements = request.smallSetElementSetNames();
        } else if (count < request.largeSetLowerBound()) {
            piggyback = (int) Math.min(count, Math.max(0, request.mediumSetPresentNumber()));
            elements = request.mediumSetElementSetNames();
        } else {
            piggyback = 0;
            elements = null;
        }
        if (piggyback == 0) {
            return CompletableFuture.completedFuture(new SearchResponse(request.referenceId(), count, 0, 1, true,
                    null, null, null, List.of(), notes));
        }
        // Started inside a stage so that a refused syntax or element set fails the future, not the caller.
        return CompletableFuture.completedFuture(null)
                .thenCompose(v -> presenter.present(set, 1, piggyback,
                        RecordSpec.of(request.preferredRecordSyntax(), elements), session.agreed()))
                .handle((page, error) -> error != null
                        ? new SearchResponse(request.referenceId(), count, 0, 1, true, null, PresentStatus.FAILURE,
                                new Records.NonSurrogateDiagnostic(Bib1.of(error)), List.of(), notes)
                        : new SearchResponse(request.referenceId(), count, page.records().size(),
                                1 + page.records().size(), true, null, page.status(),
                                new Records.ResponseRecords(page.records()), List.of(), notes));
    }

    private static SearchResponse failure(SearchRequest request, DefaultDiagFormat diagnostic) {
        return SearchResponse.failure(request.referenceId(), diagnostic);
    }
}
