package org.unigate.federation.chain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.unigate.diag.Diagnostic;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberSearch;

/**
 * How one member call ended. Every call ends in one of these, whatever the member did: answered,
 * answered with diagnostics, failed, never answered, or was not asked because its circuit is open.
 *
 * @param search the search as sent (after query expansion), with the slice asked for
 * @param hits      the member's hit count; 0 unless it answered
 * @param records   the records as they leave the chain (after the member's sharing rules)
 * @param delivered how many records the member gave before any were withheld: where its next page starts
 */
public record CallResult(String memberId, MemberSearch search, Outcome outcome, long hits,
                         List<MemberRecord> records, int delivered, List<Diagnostic> diagnostics, Duration elapsed) {

    public enum Outcome {
        /** The member answered; its diagnostics (e.g. an unsupported index) are passed on. */
        ANSWERED,
        TIMED_OUT,
        UNAVAILABLE,
        FAILED,
        /** Not called: the member's circuit breaker is open, or it has as many calls in progress as it may. */
        SKIPPED;

        /** Whether this outcome counts against the member's circuit breaker. */
        public boolean isFailure() {
            return this == TIMED_OUT || this == UNAVAILABLE || this == FAILED;
        }
    }

    public CallResult {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(outcome, "outcome");
        records = List.copyOf(records);
        diagnostics = List.copyOf(diagnostics);
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
        if (delivered < records.size()) {
            throw new IllegalArgumentException("delivered " + delivered + " < " + records.size() + " records");
        }
    }

    /** A result whose records are all the member delivered. */
    public CallResult(String memberId, MemberSearch search, Outcome outcome, long hits, List<MemberRecord> records,
                      List<Diagnostic> diagnostics, Duration elapsed) {
        this(memberId, search, outcome, hits, records, records.size(), diagnostics, elapsed);
    }

    /** The same answer with fewer or changed records (sharing rules); where the next page starts is unchanged. */
    public CallResult withRecords(List<MemberRecord> kept) {
        return new CallResult(memberId, search, outcome, hits, kept, delivered, diagnostics, elapsed);
    }

    public static CallResult failure(String memberId, MemberSearch search, Outcome outcome, Diagnostic diagnostic,
                              Duration elapsed) {
        return new CallResult(memberId, search, outcome, 0, List.of(), List.of(diagnostic.forMember(memberId)), elapsed);
    }
}
