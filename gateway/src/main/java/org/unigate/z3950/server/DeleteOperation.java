package org.unigate.z3950.server;

import java.util.ArrayList;
import java.util.List;
import org.unigate.z3950.DeleteResultSetRequest;
import org.unigate.z3950.DeleteResultSetResponse;
import org.unigate.z3950.DeleteSetStatus;

/**
 * Delete-result-set: forgets the session's names for the sets (all of them, or those listed).
 * The engine's sets stay until their time runs out: another session's identical search may be
 * sharing one.
 */
final class DeleteOperation {

    DeleteResultSetResponse answer(Session session, DeleteResultSetRequest request) {
        if (request.deleteFunction() == DeleteResultSetRequest.Function.ALL) {
            session.clear();
            return new DeleteResultSetResponse(request.referenceId(), DeleteSetStatus.SUCCESS, List.of(), null,
                    List.of(), null, List.of());
        }
        List<DeleteResultSetResponse.ListStatus> statuses = new ArrayList<>();
        for (String name : request.resultSetList()) {
            statuses.add(new DeleteResultSetResponse.ListStatus(name,
                    session.remove(name) ? DeleteSetStatus.SUCCESS : DeleteSetStatus.RESULT_SET_DID_NOT_EXIST));
        }
        return new DeleteResultSetResponse(request.referenceId(), overall(statuses), statuses, null, List.of(), null,
                List.of());
    }

    /** Success when every set went; a single set's own status; else "not all requested sets deleted". */
    private static DeleteSetStatus overall(List<DeleteResultSetResponse.ListStatus> statuses) {
        long failed = statuses.stream().filter(s -> s.status() != DeleteSetStatus.SUCCESS).count();
        if (failed == 0) {
            return DeleteSetStatus.SUCCESS;
        }
        return statuses.size() == 1 ? statuses.get(0).status() : DeleteSetStatus.NOT_ALL_REQUESTED_RESULT_SETS_DELETED;
    }
}
