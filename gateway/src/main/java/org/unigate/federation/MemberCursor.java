package org.unigate.federation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.federation.chain.CallResult;
import org.unigate.member.MemberClient;
import org.unigate.query.SearchQuery;

/**
 * Where a result set stands with one member: its hit count, how far it has been fetched and
 * whether there is more to fetch, and what it reported. Guarded by the owning result set's lock.
 */
final class MemberCursor {

    final MemberClient client;
    final String memberId;
    /** The query as the union search asked it (the call chain adapts it to the member). */
    final SearchQuery memberQuery;

    private MemberStatus.State state = MemberStatus.State.ANSWERED;
    private long hits;
    private int next;
    private int fetched;
    private boolean more = true;
    private boolean capped;
    private Duration elapsed = Duration.ZERO;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    MemberCursor(MemberClient client, String memberId, SearchQuery memberQuery) {
        this.client = client;
        this.memberId = memberId;
        this.memberQuery = memberQuery;
    }

    /** The first search: decides the member's state for the whole result set. */
    void first(CallResult result, int maxFetchDepth) {
        state = state(result.outcome());
        elapsed = result.elapsed();
        diagnostics.addAll(result.diagnostics());
        advance(result, maxFetchDepth);
    }

    /** A deeper page: a failure stops fetching from this member and is reported, the rest stands. */
    void deeper(CallResult result, int maxFetchDepth) {
        result.diagnostics().forEach(this::note);
        advance(result, maxFetchDepth);
    }

    private void advance(CallResult result, int maxFetchDepth) {
        fetched += result.delivered();
        if (result.outcome() != CallResult.Outcome.ANSWERED) {
            more = false;
            if (next < hits) {
                // What was not fetched will never be: the count must not promise it.
                hits = next;
            }
            return;
        }
        hits = result.hits();
        next = result.search().offset() + result.delivered();
        // Fewer records than asked is no end: servers cap their pages. Only an empty page is.
        boolean exhausted = result.delivered() == 0 && result.search().count() > 0;
        if (exhausted && next < hits) {
            // A member that stops short of the hits it reported has no more to give, whatever it said.
            note(Diagnostic.of(Condition.PARTIAL_RESULTS_VALID, "reported " + hits + " hits but gave only "
                    + next + " records").forMember(memberId));
            hits = next;
        } else if (hits > maxFetchDepth && !capped) {
            capped = true;
            note(Diagnostic.of(Condition.PARTIAL_RESULTS_VALID, "reported " + hits + " hits; only the first "
                    + maxFetchDepth + " are merged and counted").forMember(memberId));
        }
        more = !exhausted && next < hits && next < maxFetchDepth;
    }

    private void note(Diagnostic diagnostic) {
        if (!diagnostics.contains(diagnostic)) {
            diagnostics.add(diagnostic);
        }
    }

    /** The member records the union can hold from this member: its hits, as far as they can be fetched. */
    long reachable(int maxFetchDepth) {
        return Math.min(hits(), maxFetchDepth);
    }

    boolean more() {
        return more;
    }

    int next() {
        return next;
    }

    /** How many more records this member could still give, within the fetch depth. */
    int remaining(int maxFetchDepth) {
        return more ? (int) Math.min(hits - next, (long) maxFetchDepth - next) : 0;
    }

    long hits() {
        return state == MemberStatus.State.ANSWERED ? hits : 0;
    }

    boolean answered() {
        return state == MemberStatus.State.ANSWERED;
    }

    MemberStatus status() {
        return new MemberStatus(memberId, state, hits(), fetched, elapsed, diagnostics);
    }

    private static MemberStatus.State state(CallResult.Outcome outcome) {
        return switch (outcome) {
            case ANSWERED -> MemberStatus.State.ANSWERED;
            case TIMED_OUT -> MemberStatus.State.TIMED_OUT;
            case UNAVAILABLE -> MemberStatus.State.UNAVAILABLE;
            case FAILED -> MemberStatus.State.FAILED;
            case SKIPPED -> MemberStatus.State.SKIPPED;
        };
    }
}
