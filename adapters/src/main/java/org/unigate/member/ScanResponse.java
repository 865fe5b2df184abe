package org.unigate.member;

import java.util.List;
import java.util.Objects;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;

/** What a member answered to a scan: terms in index order, or a diagnostic. */
public record ScanResponse(String memberId, List<ScanTerm> terms, List<Diagnostic> diagnostics) {

    public ScanResponse {
        Objects.requireNonNull(memberId, "memberId");
        terms = List.copyOf(terms);
        diagnostics = List.copyOf(diagnostics);
    }

    public static ScanResponse unsupported(String memberId) {
        return new ScanResponse(memberId, List.of(),
                List.of(new Diagnostic(Condition.UNSUPPORTED_OPERATION, "scan", memberId)));
    }
}
