package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.Octets;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.RecordComposition;
import org.unigate.z3950.Records;

/** Present request [24] and response [25]. */
final class PresentCodec {

    static final BerTag REQUEST = BerTag.contextConstructed(24).named("presentRequest");
    static final BerTag RESPONSE = BerTag.contextConstructed(25).named("presentResponse");
    private static final BerTag START = BerTag.context(30).named("resultSetStartPoint");
    private static final BerTag REQUESTED = BerTag.context(29).named("numberOfRecordsRequested");
    private static final BerTag RANGES = BerTag.contextConstructed(212).named("additionalRanges");
    private static final BerTag RANGE_START = BerTag.context(1).named("startingPosition");
    private static final BerTag RANGE_COUNT = BerTag.context(2).named("numberOfRecords");
    private static final BerTag SIMPLE = BerTag.contextConstructed(19).named("simple");
    private static final BerTag COMPLEX = BerTag.contextConstructed(209).named("complex");
    private static final BerTag MAX_SEGMENT_COUNT = BerTag.context(204).named("maxSegmentCount");
    private static final BerTag MAX_RECORD_SIZE = BerTag.context(206).named("maxRecordSize");
    private static final BerTag MAX_SEGMENT_SIZE = BerTag.context(207).named("maxSegmentSize");
    private static final BerTag RECORDS_RETURNED = BerTag.context(24).named("numberOfRecordsReturned");
    private static final BerTag NEXT_POSITION = BerTag.context(25).named("nextResultSetPosition");

    private PresentCodec() {
    }

    static PresentRequest readRequest(BerReader in) {
        in.enter(REQUEST);
        Octets referenceId = Fields.readReferenceId(in);
        String resultSetId = in.readString(Fields.RESULT_SET_ID);
        int start = in.readInt(START);
        int count = in.readInt(REQUESTED);
        List<PresentRequest.Range> ranges = new ArrayList<>();
        if (in.nextIs(RANGES)) {
            in.enter(RANGES);
            while (in.hasNext()) {
                in.enter(BerTag.SEQUENCE);
                ranges.add(new PresentRequest.Range(in.readInt(RANGE_START), in.readInt(RANGE_COUNT)));
                in.leave();
            }
            in.leave();
        }
        RecordComposition composition = null;
        if (in.nextIs(SIMPLE)) {
            composition = new RecordComposition.Simple(CompositionCodec.readElementSetNames(in, SIMPLE));
        } else if (in.nextIs(COMPLEX)) {
            composition = CompositionCodec.readCompSpec(in, COMPLEX);
        }
        PresentRequest request = new PresentRequest(referenceId, resultSetId, start, count, ranges, composition,
                Fields.optionalOid(in, Fields.PREFERRED_RECORD_SYNTAX), Fields.optionalInt(in, MAX_SEGMENT_COUNT),
                Fields.optionalInt(in, MAX_RECORD_SIZE), Fields.optionalInt(in, MAX_SEGMENT_SIZE),
                OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return request;
    }

    static void writeRequest(BerWriter out, PresentRequest present) {
        out.begin(REQUEST);
        Fields.writeReferenceId(out, present.referenceId());
        out.writeString(Fields.RESULT_SET_ID, present.resultSetId());
        out.writeInteger(START, present.resultSetStartPoint());
        out.writeInteger(REQUESTED, present.numberOfRecordsRequested());
        if (!present.additionalRanges().isEmpty()) {
            out.begin(RANGES);
            for (PresentRequest.Range range : present.additionalRanges()) {
                out.begin(BerTag.SEQUENCE).writeInteger(RANGE_START, range.startingPosition())
                        .writeInteger(RANGE_COUNT, range.numberOfRecords()).end();
            }
            out.end();
        }
        if (present.recordComposition() instanceof RecordComposition.Simple simple) {
            CompositionCodec.writeElementSetNames(out, SIMPLE, simple.elementSetNames());
        } else if (present.recordComposition() instanceof RecordComposition.Complex complex) {
            CompositionCodec.writeCompSpec(out, COMPLEX, complex);
        }
        Fields.writeOid(out, Fields.PREFERRED_RECORD_SYNTAX, present.preferredRecordSyntax());
        Fields.writeInt(out, MAX_SEGMENT_COUNT, present.maxSegmentCount());
        Fields.writeInt(out, MAX_RECORD_SIZE, present.maxRecordSize());
        Fields.writeInt(out, MAX_SEGMENT_SIZE, present.maxSegmentSize());
        OtherInfoCodec.write(out, Fields.OTHER_INFO, present.otherInfo());
        out.end();
    }

    static PresentResponse readResponse(BerReader in) {
        in.enter(RESPONSE);
        Octets referenceId = Fields.readReferenceId(in);
        int returned = in.readInt(RECORDS_RETURNED);
        int next = in.readInt(NEXT_POSITION);
        PresentStatus status = Fields.readEnum(in, SearchCodec.PRESENT_STATUS, PresentStatus.class);
        Records records = RecordsCodec.nextIsRecords(in) ? RecordsCodec.read(in) : null;
        PresentResponse response = new PresentResponse(referenceId, returned, next, status, records,
                OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return response;
    }

    static void writeResponse(BerWriter out, PresentResponse response) {
        out.begin(RESPONSE);
        Fields.writeReferenceId(out, response.referenceId());
        out.writeInteger(RECORDS_RETURNED, response.numberOfRecordsReturned());
        out.writeInteger(NEXT_POSITION, response.nextResultSetPosition());
        out.writeInteger(SearchCodec.PRESENT_STATUS, response.presentStatus().code());
        if (response.records() != null) {
            RecordsCodec.write(out, response.records());
        }
        OtherInfoCodec.write(out, Fields.OTHER_INFO, response.otherInfo());
        out.end();
    }
}
