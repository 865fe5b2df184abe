package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;

/** Delete-result-set response. */
public record DeleteResultSetResponse(
        Octets referenceId,
        DeleteSetStatus deleteOperationStatus,
        List<ListStatus> deleteListStatuses,
        Integer numberNotDeleted,
        List<ListStatus> bulkStatuses,
        String deleteMessage,
        List<OtherInfo> otherInfo) implements Apdu {

    public DeleteResultSetResponse {
        Objects.requireNonNull(deleteOperationStatus, "deleteOperationStatus");
        deleteListStatuses = Lists.copy(deleteListStatuses);
        bulkStatuses = Lists.copy(bulkStatuses);
        otherInfo = Lists.copy(otherInfo);
    }

    public record ListStatus(String resultSetId, DeleteSetStatus status) {
        public ListStatus {
            Objects.requireNonNull(resultSetId, "resultSetId");
            Objects.requireNonNull(status, "status");
        }
    }
}
