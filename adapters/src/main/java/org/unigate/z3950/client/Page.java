package org.unigate.z3950.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.unigate.diag.Diagnostic;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;

/**
 * What one search operation gathers: the hit count, records in result-set order and the
 * diagnostics that came with them. Filled by one exchange at a time, step after step.
 */
final class Page {

    private long hits;
    private final List<MemberRecord> records = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int positions;

    void hits(long value) {
        hits = value;
    }

    long hits() {
        return hits;
    }

    /** Result-set positions answered so far, by a record or a diagnostic in its place. */
    int positions() {
        return positions;
    }

    void add(MemberRecord record) {
        records.add(record);
        positions++;
    }

    /** A diagnostic standing in for one record. */
    void surrogate(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
        positions++;
    }

    void diagnostic(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    MemberResponse toResponse(String memberId, Duration elapsed) {
        return new MemberResponse(memberId, hits, records, diagnostics, elapsed);
    }
}
