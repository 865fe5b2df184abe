package org.unigate.z3950;

import java.util.List;
import org.unigate.ber.Octets;

/** Search response; {@code records} carries piggybacked records or the failure diagnostic. */
public record SearchResponse(
        Octets referenceId,
        long resultCount,
        int numberOfRecordsReturned,
        int nextResultSetPosition,
        boolean searchStatus,
        ResultSetStatus resultSetStatus,
        PresentStatus presentStatus,
        Records records,
        List<OtherInfo> additionalSearchInfo,
        List<OtherInfo> otherInfo) implements Apdu {

    public SearchResponse {
        additionalSearchInfo = Lists.copy(additionalSearchInfo);
        otherInfo = Lists.copy(otherInfo);
    }

    public static SearchResponse success(Octets referenceId, long resultCount) {
        return new SearchResponse(referenceId, resultCount, 0, 1, true, null, null, null, List.of(), List.of());
    }

    /** A failed search with one Bib-1 diagnostic, as YAZ's servers send it. */
    public static SearchResponse failure(Octets referenceId, DefaultDiagFormat diagnostic) {
        return new SearchResponse(referenceId, 0, 0, 0, false, ResultSetStatus.NONE, null,
                new Records.NonSurrogateDiagnostic(diagnostic), List.of(), List.of());
    }
}
