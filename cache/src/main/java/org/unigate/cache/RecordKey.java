package org.unigate.cache;

import java.util.Objects;

/**
 * A member's record by that member's own id, as seen in one sharing context (the same record
 * may be stripped of local fields for one client and whole for another).
 */
public record RecordKey(String memberId, String localId, String sharingContext) {
    public RecordKey {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(sharingContext, "sharingContext");
    }
}
