package org.unigate.union;

import java.util.List;
import java.util.Objects;
import org.unigate.marc.DataField;

/**
 * One member's claim on a union record: which member, its own record id, and the holdings it
 * supplied (852 locations, 856 links, OPAC holdings), empty when it supplied none.
 */
public record HeldBy(String memberId, String localId, List<DataField> holdings) {
    public HeldBy {
        Objects.requireNonNull(memberId, "memberId");
        localId = localId == null ? "" : localId;
        holdings = List.copyOf(holdings);
    }
}
