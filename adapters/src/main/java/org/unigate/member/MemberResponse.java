package org.unigate.member;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.unigate.diag.Diagnostic;

/**
 * What one member answered to a {@link MemberSearch}: its hit count, the records of the slice
 * asked for, and any diagnostics (non-fatal ones alongside records; a failed search has
 * {@code hits == 0} and a fatal diagnostic). {@code elapsed} is the member's own time.
 */
public record MemberResponse(String memberId, long hits, List<MemberRecord> records,
                             List<Diagnostic> diagnostics, Duration elapsed) {

    public MemberResponse {
        Objects.requireNonNull(memberId, "memberId");
        records = List.copyOf(records);
        diagnostics = List.copyOf(diagnostics);
        elapsed = elapsed == null ? Duration.ZERO : elapsed;
    }

    public static MemberResponse failed(String memberId, Diagnostic diagnostic, Duration elapsed) {
        return new MemberResponse(memberId, 0, List.of(), List.of(diagnostic.forMember(memberId)), elapsed);
    }

    public boolean ok() {
        return diagnostics.isEmpty() || hits > 0 || !records.isEmpty();
    }
}
