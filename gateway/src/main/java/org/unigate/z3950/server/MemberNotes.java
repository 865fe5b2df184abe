package org.unigate.z3950.server;

import java.util.List;
import org.unigate.diag.Diagnostic;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.OtherInfo;

/**
 * Member problems that did not fail a request, as otherInfo text a client can show: one line per
 * diagnostic, naming the member and the Bib-1 condition, e.g.
 * {@code member trln: Bib-1 109 Member did not answer in time: no answer within 10000 ms}.
 */
final class MemberNotes {

    static final int MAX_NOTES = 20;

    private MemberNotes() {
    }

    static List<OtherInfo> of(List<Diagnostic> diagnostics) {
        return diagnostics.stream().limit(MAX_NOTES).map(MemberNotes::note).toList();
    }

    private static OtherInfo note(Diagnostic d) {
        String who = d.member() == null ? "gateway" : "member " + d.member();
        String text = who + ": Bib-1 " + Bib1.code(d.condition()) + " " + d.condition().message()
                + (d.details() == null || d.details().isEmpty() ? "" : ": " + d.details());
        return OtherInfo.of(new OtherInfo.CharacterInfo(text));
    }
}
