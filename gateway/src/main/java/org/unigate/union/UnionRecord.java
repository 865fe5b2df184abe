package org.unigate.union;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;

/**
 * One work in a union result: the best description among the members' copies, every member
 * that holds it, and the copies themselves (for per-member views and OPAC holdings).
 *
 * @param unionId stable for the same cluster of member records (derived from the member ids)
 * @param score   relevance, higher first; only comparable within one result
 */
public record UnionRecord(String unionId, MarcRecord record, List<HeldBy> heldBy,
                          List<MemberRecord> sources, double score) {

    public UnionRecord {
        Objects.requireNonNull(unionId, "unionId");
        Objects.requireNonNull(record, "record");
        heldBy = List.copyOf(heldBy);
        sources = List.copyOf(sources);
    }

    public UnionRecord withScore(double newScore) {
        return new UnionRecord(unionId, record, heldBy, sources, newScore);
    }

    public List<String> memberIds() {
        return heldBy.stream().map(HeldBy::memberId).toList();
    }

    /**
     * The members that hold the work, each once, in held-by order (a member may hold several
     * copies). Ranking and facets ask it of every union record, so it scans rather than hashes:
     * a work is held by a handful of members.
     */
    public List<String> holdingMembers() {
        if (heldBy.size() == 1) {
            return List.of(heldBy.get(0).memberId());
        }
        List<String> out = new ArrayList<>(heldBy.size());
        for (HeldBy h : heldBy) {
            if (!out.contains(h.memberId())) {
                out.add(h.memberId());
            }
        }
        return Collections.unmodifiableList(out);
    }
}
