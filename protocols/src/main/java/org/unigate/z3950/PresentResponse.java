package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;

/** Present response. */
public record PresentResponse(
        Octets referenceId,
        int numberOfRecordsReturned,
        int nextResultSetPosition,
        PresentStatus presentStatus,
        Records records,
        List<OtherInfo> otherInfo) implements Apdu {

    public PresentResponse {
        Objects.requireNonNull(presentStatus, "presentStatus");
        otherInfo = Lists.copy(otherInfo);
    }

    /** A successful present of {@code records}, starting at position {@code start}. */
    public static PresentResponse of(Octets referenceId, int start, List<NamePlusRecord> records) {
        return new PresentResponse(referenceId, records.size(), start + records.size(), PresentStatus.SUCCESS,
                new Records.ResponseRecords(records), List.of());
    }
}
