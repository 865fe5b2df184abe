package org.unigate.sru.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.federation.MemberStatus;
import org.unigate.sru.SruDiagnostics;
import org.unigate.sru.WireDiagnostic;

/**
 * One diagnostic as SRU sends it: {@code info:srw/diagnostic/1/N}, the details the SRU list
 * prescribes for N (a parameter name, a limit, an index), and a message for people.
 */
public record SruDiagnostic(String uri, String details, String message) implements WireDiagnostic {

    public SruDiagnostic {
        Objects.requireNonNull(uri, "uri");
    }

    public static SruDiagnostic of(Condition condition, String details) {
        return new SruDiagnostic(SruDiagnostics.uri(condition), details, condition.message());
    }

    public static SruDiagnostic of(Condition condition, String details, String message) {
        return new SruDiagnostic(SruDiagnostics.uri(condition), details, message);
    }

    /** A gateway or member diagnostic; a member's is attributed to it in the details. */
    public static SruDiagnostic of(Diagnostic d) {
        String details = d.member() == null ? d.details()
                : d.details() == null ? d.member() : d.member() + ": " + d.details();
        String message = d.member() == null ? d.condition().message()
                : d.condition().message() + " (member " + d.member() + ")";
        return new SruDiagnostic(SruDiagnostics.uri(d.condition()), details, message);
    }

    /** What a failed stage means for the client; anything unexpected is a general system error. */
    public static SruDiagnostic of(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof DiagnosticException e) {
            return of(e.diagnostic());
        }
        return of(Condition.GENERAL_SYSTEM_ERROR, null, "General system error: " + cause.getClass().getSimpleName());
    }

    /** Member problems, one per member: its own diagnostics, or why it has none (it never answered). */
    static List<SruDiagnostic> ofMembers(List<MemberStatus> members) {
        List<SruDiagnostic> out = new ArrayList<>();
        for (MemberStatus m : members) {
            if (!m.diagnostics().isEmpty()) {
                m.diagnostics().forEach(d -> out.add(of(d.member() == null ? d.forMember(m.memberId()) : d)));
            } else if (!m.answered()) {
                Condition c = m.state() == MemberStatus.State.TIMED_OUT ? Condition.MEMBER_TIMEOUT : Condition.DATABASE_UNAVAILABLE;
                out.add(of(new Diagnostic(c, m.state().name().toLowerCase(java.util.Locale.ROOT), m.memberId())));
            }
        }
        return out;
    }
}
