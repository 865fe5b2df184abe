package org.unigate.z3950.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.Records;

/**
 * Present: records of a named set from a start position, in the syntax and element set asked
 * for. A set the session does not have is diagnostic 30, additional ranges 243, a start outside
 * the set 13; those fail the whole present (a non-surrogate diagnostic).
 */
final class PresentOperation {

    private final RecordPresenter presenter;

    PresentOperation(RecordPresenter presenter) {
        this.presenter = presenter;
    }

    CompletableFuture<PresentResponse> answer(Session session, PresentRequest request) {
        try {
            Session.NamedSet set = session.set(request.resultSetId())
                    .orElseThrow(() -> Bib1.failure(Bib1.RESULT_SET_DOES_NOT_EXIST, request.resultSetId()));
            if (!request.additionalRanges().isEmpty()) {
                throw Bib1.failure(Bib1.ADDITIONAL_RANGES_UNSUPPORTED, "additional-ranges");
            }
            RecordSpec spec = RecordSpec.of(request);
            int start = request.resultSetStartPoint();
            return presenter.present(set, start, request.numberOfRecordsRequested(), spec, session.agreed())
                    .thenApply(page -> new PresentResponse(request.referenceId(), page.records().size(),
                            start + page.records().size(), page.status(), new Records.ResponseRecords(page.records()),
                            List.of()))
                    .exceptionally(error -> failure(request, Bib1.of(error)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(request, Bib1.of(e)));
        }
    }

    private static PresentResponse failure(PresentRequest request, DefaultDiagFormat diagnostic) {
        return new PresentResponse(request.referenceId(), 0, request.resultSetStartPoint(), PresentStatus.FAILURE,
                new Records.NonSurrogateDiagnostic(diagnostic), List.of());
    }
}
