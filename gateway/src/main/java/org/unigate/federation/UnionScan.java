package org.unigate.federation;

import java.util.List;
import java.util.Objects;
import org.unigate.diag.Diagnostic;

/**
 * A scan across members: their terms merged by folded form, counts summed, in index order.
 *
 * @param entries  at most the number of terms asked for
 * @param position 1-based position in {@code entries} of the first term at or after the start
 *                 term ({@code entries.size() + 1} when every term files before it)
 * @param members  how each member took part ({@code hits} = terms it returned)
 */
public record UnionScan(List<Entry> entries, int position, List<MemberStatus> members) {

    public UnionScan {
        entries = List.copyOf(entries);
        members = List.copyOf(members);
    }

    /**
     * One merged term.
     *
     * @param term        the folded form every member's spelling shares
     * @param displayTerm how the first member that has it shows it
     * @param count       records under it, summed over members (a work two members hold counts twice)
     * @param memberIds   the members that have it, in engine order
     */
    public record Entry(String term, String displayTerm, long count, List<String> memberIds) {
        public Entry {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(displayTerm, "displayTerm");
            memberIds = List.copyOf(memberIds);
        }
    }

    /** Every member's diagnostics, attributed. */
    public List<Diagnostic> diagnostics() {
        return members.stream().flatMap(m -> m.diagnostics().stream()).toList();
    }

    /** The diagnostic that fails the whole scan: no terms, and no member scanned without a problem. */
    public java.util.Optional<Diagnostic> fatal() {
        return Verdict.ofScan(members, !entries.isEmpty());
    }

    /** True when some member did not answer, so terms only it has may be missing. */
    public boolean partial() {
        return members.stream().anyMatch(m -> !m.answered());
    }
}
