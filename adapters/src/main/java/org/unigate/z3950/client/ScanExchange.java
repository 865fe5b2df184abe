package org.unigate.z3950.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.member.ScanResponse;
import org.unigate.member.ScanTerm;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.ScanEntry;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.SurrogateDiagnostic;
import org.unigate.z3950.TermInfo;

/**
 * A Scan on one session, its entries mapped back to {@link ScanTerm}s (on the decoding executor)
 * and its diagnostics kept.
 */
final class ScanExchange {

    private ScanExchange() {
    }

    static CompletableFuture<ScanResponse> run(Session session, Target target, AttributesPlusTerm start, int count,
                                               int position, int maxTerms, Deadline deadline, Executor decoding) {
        int terms = Math.min(count, maxTerms);
        ScanRequest request = new ScanRequest(null, List.of(target.database()), AttributeSet.BIB1, start, 0,
                terms, Math.min(position, terms + 1), List.of());
        return session.send(request, deadline).thenApplyAsync(apdu -> toResponse(apdu, target.memberId(), maxTerms), decoding);
    }

    private static ScanResponse toResponse(Apdu apdu, String memberId, int maxTerms) {
        if (!(apdu instanceof org.unigate.z3950.ScanResponse response)) {
            throw new MemberFailure(MemberFailure.Kind.GARBAGE, "expected a ScanResponse from " + memberId
                    + ", got " + apdu.getClass().getSimpleName());
        }
        List<ScanTerm> terms = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (response.entries() != null) {
            for (ScanEntry entry : response.entries().entries()) {
                if (entry instanceof TermInfo info && terms.size() < maxTerms) {
                    long occurrences = info.globalOccurrences() == null ? 0 : Math.max(0, info.globalOccurrences());
                    terms.add(new ScanTerm(info.term().value(), info.displayTerm(), occurrences));
                } else if (entry instanceof SurrogateDiagnostic d) {
                    diagnostics.add(Bib1.diagnostic(d.diagnostic(), memberId));
                }
            }
            response.entries().nonsurrogateDiagnostics()
                    .forEach(d -> diagnostics.add(Bib1.diagnostic(d, memberId)));
        }
        if (response.scanStatus() == org.unigate.z3950.ScanResponse.Status.FAILURE && diagnostics.isEmpty()) {
            diagnostics.add(new Diagnostic(Condition.MEMBER_ERROR, "scan failed without a diagnostic", memberId));
        }
        return new ScanResponse(memberId, terms, diagnostics);
    }
}
