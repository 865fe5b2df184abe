package org.unigate.sru.client;

import io.vertx.core.VertxException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;

/** Turns what came back from a member (an HTTP answer, or a failure to get one) into a {@link MemberResponse}. */
final class SruAnswers {

    private SruAnswers() {
    }

    /**
     * A 2xx answer is parsed. A 4xx answer whose body is an SRU response with diagnostics gives
     * those (some servers send diagnostics with 400); any other non-2xx answer is MEMBER_ERROR.
     */
    static MemberResponse toResponse(String memberId, MemberSearch search, SruExchange.Answer answer,
                                     SruResponseParser parser, Duration elapsed) {
        int status = answer.status();
        String reason = answer.reason();
        BodyBuffer body = answer.body();
        String http = "HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason);
        boolean success = status >= 200 && status < 300;
        if (!success && (status < 400 || status >= 500 || body == null || body.length() == 0)) {
            return MemberResponse.failed(memberId, Diagnostic.of(Condition.MEMBER_ERROR, http), elapsed);
        }
        if (body == null || body.length() == 0) {
            return MemberResponse.failed(memberId, Diagnostic.of(Condition.MEMBER_ERROR, "empty response (" + http + ")"), elapsed);
        }
        SruPage page;
        try {
            page = parser.parse(body.stream());
        } catch (DiagnosticException e) {
            Diagnostic d = success ? e.diagnostic() : Diagnostic.of(Condition.MEMBER_ERROR, http);
            return MemberResponse.failed(memberId, d, elapsed);
        }
        if (!success && page.diagnostics().isEmpty()) {
            return MemberResponse.failed(memberId, Diagnostic.of(Condition.MEMBER_ERROR, http), elapsed);
        }
        return toResponse(memberId, search, page, elapsed);
    }

    static MemberResponse toResponse(String memberId, MemberSearch search, SruPage page, Duration elapsed) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        page.diagnostics().forEach(d -> diagnostics.add(d.forMember(memberId)));
        page.recordProblems().forEach(d -> diagnostics.add(d.forMember(memberId)));
        // A member sending more than asked for does not get to push the rest of the union aside.
        List<MemberRecord> records = page.records().size() > search.count()
                ? page.records().subList(0, search.count()) : page.records();
        long hits;
        if (page.numberOfRecords() != null) {
            hits = page.numberOfRecords();
        } else {
            hits = records.isEmpty() ? 0 : search.offset() + (long) records.size();
        }
        return new MemberResponse(memberId, hits, records, diagnostics, elapsed);
    }

    /** The diagnostic for a request that produced no usable answer. */
    static Diagnostic diagnostic(Throwable failure, Duration timeout) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DiagnosticException d) {
                return d.diagnostic();
            }
            if (t instanceof TimeoutException) {
                return Diagnostic.of(Condition.MEMBER_TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
            }
            if (t instanceof IOException || t instanceof VertxException) {
                return Diagnostic.of(Condition.DATABASE_UNAVAILABLE, describe(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Diagnostic.of(Condition.MEMBER_ERROR, describe(failure));
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
