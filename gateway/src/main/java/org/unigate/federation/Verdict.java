package org.unigate.federation;

import java.util.List;
import java.util.Optional;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;

/**
 * When a union operation fails as a whole rather than answering with what some members gave.
 * Written once so that every door (Z39.50, SRU, the command line) gives the same verdict on the
 * same members' answers: a member that failed while another answered is a non-fatal note.
 */
final class Verdict {

    private Verdict() {
    }

    /**
     * A search fails when no member answered, or when every member asked reported a problem and
     * nothing was found (an index none of them has, say): the first member's problem says why.
     */
    static Optional<Diagnostic> ofSearch(List<MemberStatus> members, boolean foundAnything) {
        if (members.isEmpty() || foundAnything) {
            return Optional.empty();
        }
        boolean noneAnswered = members.stream().noneMatch(MemberStatus::answered);
        boolean allComplained = members.stream().allMatch(m -> !m.diagnostics().isEmpty());
        if (!noneAnswered && !allComplained) {
            return Optional.empty();
        }
        return Optional.of(firstProblem(members));
    }

    /** A scan fails when it found no term, no member scanned without a problem, and some member said why. */
    static Optional<Diagnostic> ofScan(List<MemberStatus> members, boolean foundAnything) {
        if (foundAnything || members.stream().anyMatch(m -> m.answered() && m.diagnostics().isEmpty())) {
            return Optional.empty();
        }
        return problems(members).findFirst();
    }

    private static Diagnostic firstProblem(List<MemberStatus> members) {
        return problems(members).findFirst()
                .orElse(Diagnostic.of(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE, "no member answered"));
    }

    /** Every member's diagnostics in member order, each attributed to its member. */
    private static java.util.stream.Stream<Diagnostic> problems(List<MemberStatus> members) {
        return members.stream().flatMap(m -> m.diagnostics().stream()
                .map(d -> d.member() == null ? d.forMember(m.memberId()) : d));
    }
}
