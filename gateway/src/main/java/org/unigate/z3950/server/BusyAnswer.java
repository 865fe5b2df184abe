package org.unigate.z3950.server;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.unigate.admission.DoorFullException;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.Records;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SortResponse;

/**
 * What a Search, Present, Scan or Sort is told when the server already has all the operations in
 * progress and waiting that it takes: the operation's own response, failed with Bib-1 diagnostic 2
 * (temporary system error) and when to try again. Z39.50 has no "busy" status of its own, and
 * 2 is the condition YAZ servers report for a passing inability to serve; the association stays
 * open, unlike a Close with reason resources, so the client can simply repeat the request.
 */
final class BusyAnswer {

    private BusyAnswer() {
    }

    /** Operations that reach the members, and so wait their turn at the door. */
    static boolean gated(Apdu request) {
        return request instanceof SearchRequest || request instanceof PresentRequest
                || request instanceof ScanRequest || request instanceof SortRequest;
    }

    /**
     * The response to a gated request refused at the door; any other failure is passed on.
     * A refused search that would have replaced a set, like any failed one, leaves no set under
     * its name.
     */
    static Apdu to(Session session, Apdu request, Throwable error) {
        DoorFullException full = DoorFullException.in(error)
                .orElseThrow(() -> error instanceof CompletionException c ? c : new CompletionException(error));
        DefaultDiagFormat busy = DefaultDiagFormat.bib1(Bib1.TEMPORARY_SYSTEM_ERROR, full.advice());
        if (request instanceof SearchRequest r) {
            if (r.replaceIndicator()) {
                session.remove(r.resultSetName());
            }
            return SearchResponse.failure(r.referenceId(), busy);
        }
        if (request instanceof PresentRequest r) {
            return new PresentResponse(r.referenceId(), 0, r.resultSetStartPoint(), PresentStatus.FAILURE,
                    new Records.NonSurrogateDiagnostic(busy), List.of());
        }
        if (request instanceof ScanRequest r) {
            return new ScanResponse(r.referenceId(), 0, ScanResponse.Status.FAILURE, 0, null,
                    new ScanResponse.ListEntries(List.of(), List.of(busy)), null, List.of());
        }
        SortRequest r = (SortRequest) request;
        return new SortResponse(r.referenceId(), SortResponse.Status.FAILURE, SortResponse.SetStatus.UNCHANGED,
                List.of(busy), null, List.of());
    }
}
