package org.unigate.federation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.unigate.diag.Diagnostic;

/**
 * How one member took part in a union search.
 *
 * @param hits        the member's own hit count (0 unless it answered)
 * @param fetched     records fetched from it so far, before sharing rules dropped any
 * @param elapsed     how long its first search took (up to its timeout)
 * @param diagnostics what it reported or what happened to it, attributed to it; may be non-empty
 *                    when it answered (e.g. an unsupported index)
 */
public record MemberStatus(String memberId, State state, long hits, int fetched, Duration elapsed,
                           List<Diagnostic> diagnostics) {

    public enum State {
        ANSWERED, TIMED_OUT, UNAVAILABLE, FAILED,
        /** Not asked: its circuit breaker is open after repeated failures. */
        SKIPPED
    }

    public MemberStatus {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(state, "state");
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean answered() {
        return state == State.ANSWERED;
    }
}
