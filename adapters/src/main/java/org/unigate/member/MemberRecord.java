package org.unigate.member;

import java.util.Objects;
import org.unigate.marc.MarcRecord;

/** A record as one member returned it, with that member's own id for it. */
public record MemberRecord(String memberId, String localId, MarcRecord record) {
    public MemberRecord {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(record, "record");
        localId = localId == null ? record.controlNumber().orElse("") : localId;
    }
}
