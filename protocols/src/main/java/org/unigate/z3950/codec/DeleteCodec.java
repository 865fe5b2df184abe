package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.Octets;
import org.unigate.z3950.DeleteResultSetRequest;
import org.unigate.z3950.DeleteResultSetResponse;
import org.unigate.z3950.DeleteSetStatus;

/** Delete-result-set request [26] and response [27]. */
final class DeleteCodec {

    static final BerTag REQUEST = BerTag.contextConstructed(26).named("deleteResultSetRequest");
    static final BerTag RESPONSE = BerTag.contextConstructed(27).named("deleteResultSetResponse");
    private static final BerTag FUNCTION = BerTag.context(32).named("deleteFunction");
    private static final BerTag OPERATION_STATUS = BerTag.context(0).named("deleteOperationStatus");
    private static final BerTag LIST_STATUSES = BerTag.contextConstructed(1).named("deleteListStatuses");
    private static final BerTag NOT_DELETED = BerTag.context(34).named("numberNotDeleted");
    private static final BerTag BULK_STATUSES = BerTag.contextConstructed(35).named("bulkStatuses");
    private static final BerTag MESSAGE = BerTag.context(36).named("deleteMessage");
    private static final BerTag STATUS = BerTag.context(33).named("DeleteSetStatus");

    private DeleteCodec() {
    }

    static DeleteResultSetRequest readRequest(BerReader in) {
        in.enter(REQUEST);
        Octets referenceId = Fields.readReferenceId(in);
        DeleteResultSetRequest.Function function = Fields.readEnum(in, FUNCTION, DeleteResultSetRequest.Function.class);
        List<String> sets = in.nextIs(BerTag.SEQUENCE) ? Fields.readStrings(in, BerTag.SEQUENCE, Fields.RESULT_SET_ID) : List.of();
        DeleteResultSetRequest request = new DeleteResultSetRequest(referenceId, function, sets,
                OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return request;
    }

    static void writeRequest(BerWriter out, DeleteResultSetRequest delete) {
        out.begin(REQUEST);
        Fields.writeReferenceId(out, delete.referenceId());
        out.writeInteger(FUNCTION, delete.deleteFunction().code());
        if (!delete.resultSetList().isEmpty()) {
            Fields.writeStrings(out, BerTag.SEQUENCE, Fields.RESULT_SET_ID, delete.resultSetList());
        }
        OtherInfoCodec.write(out, Fields.OTHER_INFO, delete.otherInfo());
        out.end();
    }

    static DeleteResultSetResponse readResponse(BerReader in) {
        in.enter(RESPONSE);
        Octets referenceId = Fields.readReferenceId(in);
        DeleteSetStatus status = Fields.readEnum(in, OPERATION_STATUS, DeleteSetStatus.class);
        List<DeleteResultSetResponse.ListStatus> list = in.nextIs(LIST_STATUSES) ? readStatuses(in, LIST_STATUSES) : List.of();
        Integer notDeleted = Fields.optionalInt(in, NOT_DELETED);
        List<DeleteResultSetResponse.ListStatus> bulk = in.nextIs(BULK_STATUSES) ? readStatuses(in, BULK_STATUSES) : List.of();
        DeleteResultSetResponse response = new DeleteResultSetResponse(referenceId, status, list, notDeleted, bulk,
                Fields.optionalString(in, MESSAGE), OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return response;
    }

    static void writeResponse(BerWriter out, DeleteResultSetResponse delete) {
        out.begin(RESPONSE);
        Fields.writeReferenceId(out, delete.referenceId());
        out.writeInteger(OPERATION_STATUS, delete.deleteOperationStatus().code());
        writeStatuses(out, LIST_STATUSES, delete.deleteListStatuses());
        Fields.writeInt(out, NOT_DELETED, delete.numberNotDeleted());
        writeStatuses(out, BULK_STATUSES, delete.bulkStatuses());
        Fields.writeString(out, MESSAGE, delete.deleteMessage());
        OtherInfoCodec.write(out, Fields.OTHER_INFO, delete.otherInfo());
        out.end();
    }

    private static List<DeleteResultSetResponse.ListStatus> readStatuses(BerReader in, BerTag tag) {
        List<DeleteResultSetResponse.ListStatus> statuses = new ArrayList<>();
        in.enter(tag);
        while (in.hasNext()) {
            in.enter(BerTag.SEQUENCE);
            statuses.add(new DeleteResultSetResponse.ListStatus(in.readString(Fields.RESULT_SET_ID),
                    Fields.readEnum(in, STATUS, DeleteSetStatus.class)));
            in.leave();
        }
        in.leave();
        return statuses;
    }

    private static void writeStatuses(BerWriter out, BerTag tag, List<DeleteResultSetResponse.ListStatus> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        out.begin(tag);
        for (DeleteResultSetResponse.ListStatus status : statuses) {
            out.begin(BerTag.SEQUENCE).writeString(Fields.RESULT_SET_ID, status.resultSetId())
                    .writeInteger(STATUS, status.status().code()).end();
        }
        out.end();
    }
}
