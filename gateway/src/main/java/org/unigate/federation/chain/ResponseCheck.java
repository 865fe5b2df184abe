package org.unigate.federation.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.federation.chain.CallResult.Outcome;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;

/**
 * Turns whatever a member client produced into a {@link CallResult} the engine can trust: no
 * more records than asked for, every record and diagnostic attributed to the member that was
 * asked, a hit count that is not negative nor smaller than what was delivered, bounded
 * diagnostic text, and every failure mapped to a condition a client understands.
 */
final class ResponseCheck {

    static final int MAX_DIAGNOSTICS = 20;
    static final int MAX_DETAIL_CHARS = 500;

    private ResponseCheck() {
    }

    static CallResult fromResponse(String memberId, MemberSearch search, MemberResponse response, Duration elapsed) {
        if (response == null) {
            return CallResult.failure(memberId, search, Outcome.FAILED,
                    Diagnostic.of(Condition.MEMBER_ERROR, "member client completed without a response"), elapsed);
        }
        List<MemberRecord> records = records(memberId, search, response.records());
        List<Diagnostic> diagnostics = diagnostics(memberId, response.diagnostics());
        long hits = Math.max(0, response.hits());
        if (!records.isEmpty()) {
            hits = Math.max(hits, (long) search.offset() + records.size());
        }
        Outcome outcome = response.ok() || diagnostics.isEmpty() ? Outcome.ANSWERED : classify(diagnostics.get(0).condition());
        return new CallResult(memberId, search, outcome, hits, records, diagnostics, elapsed);
    }

    static CallResult fromFailure(String memberId, MemberSearch search, Throwable error, Duration elapsed) {
        Throwable cause = unwrap(error);
        if (cause instanceof DiagnosticException d) {
            Diagnostic diagnostic = bounded(d.diagnostic());
            return CallResult.failure(memberId, search, classify(diagnostic.condition()), diagnostic, elapsed);
        }
        if (cause instanceof IOException || cause instanceof UncheckedIOException) {
            return CallResult.failure(memberId, search, Outcome.UNAVAILABLE,
                    Diagnostic.of(Condition.DATABASE_UNAVAILABLE, "connection failed: " + describe(cause)), elapsed);
        }
        if (cause instanceof CancellationException) {
            return CallResult.failure(memberId, search, Outcome.FAILED,
                    Diagnostic.of(Condition.MEMBER_ERROR, "the member's search was cancelled"), elapsed);
        }
        return CallResult.failure(memberId, search, Outcome.FAILED,
                Diagnostic.of(Condition.MEMBER_ERROR, describe(cause)), elapsed);
    }

    static CallResult timedOut(String memberId, MemberSearch search, Duration timeout, Duration elapsed) {
        return CallResult.failure(memberId, search, Outcome.TIMED_OUT,
                Diagnostic.of(Condition.MEMBER_TIMEOUT, "no answer within " + timeout.toMillis() + " ms"), elapsed);
    }

    /** Fatal conditions say something about the member; the rest are about the query and are passed on. */
    static Outcome classify(Condition condition) {
        return switch (condition) {
            case MEMBER_TIMEOUT -> Outcome.TIMED_OUT;
            case DATABASE_UNAVAILABLE, SYSTEM_TEMPORARILY_UNAVAILABLE, DATABASE_DOES_NOT_EXIST,
                    AUTHENTICATION_ERROR -> Outcome.UNAVAILABLE;
            case MEMBER_ERROR, GENERAL_SYSTEM_ERROR -> Outcome.FAILED;
            default -> Outcome.ANSWERED;
        };
    }

    private static List<MemberRecord> records(String memberId, MemberSearch search, List<MemberRecord> delivered) {
        int n = Math.min(delivered.size(), search.count());
        List<MemberRecord> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            MemberRecord r = delivered.get(i);
            String localId = r.localId().isBlank() ? "pos:" + (search.offset() + i) : r.localId();
            records.add(r.memberId().equals(memberId) && localId.equals(r.localId())
                    ? r : new MemberRecord(memberId, localId, r.record()));
        }
        return records;
    }

    private static List<Diagnostic> diagnostics(String memberId, List<Diagnostic> delivered) {
        return delivered.stream()
                .limit(MAX_DIAGNOSTICS)
                .map(d -> bounded(d).forMember(memberId))
                .toList();
    }

    private static Diagnostic bounded(Diagnostic d) {
        String details = d.details();
        if (details != null && details.length() > MAX_DETAIL_CHARS) {
            return new Diagnostic(d.condition(), details.substring(0, MAX_DETAIL_CHARS) + "...", d.member());
        }
        return d;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        String text = t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > MAX_DETAIL_CHARS ? text.substring(0, MAX_DETAIL_CHARS) + "..." : text;
    }
}
