package org.unigate.z3950.codec;

import java.util.List;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;
import org.unigate.z3950.ElementSetNames;
import org.unigate.z3950.OtherInfo;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.Records;
import org.unigate.z3950.ResultSetStatus;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.Z3950Query;

/** Search request [22] and response [23]. */
final class SearchCodec {

    static final BerTag REQUEST = BerTag.contextConstructed(22).named("searchRequest");
    static final BerTag RESPONSE = BerTag.contextConstructed(23).named("searchResponse");
    private static final BerTag SMALL_SET_UPPER = BerTag.context(13).named("smallSetUpperBound");
    private static final BerTag LARGE_SET_LOWER = BerTag.context(14).named("largeSetLowerBound");
    private static final BerTag MEDIUM_SET_PRESENT = BerTag.context(15).named("mediumSetPresentNumber");
    private static final BerTag REPLACE = BerTag.context(16).named("replaceIndicator");
    private static final BerTag RESULT_SET_NAME = BerTag.context(17).named("resultSetName");
    private static final BerTag DATABASE_NAMES = BerTag.contextConstructed(18).named("databaseNames");
    private static final BerTag SMALL_SET_ESN = BerTag.contextConstructed(100).named("smallSetElementSetNames");
    private static final BerTag MEDIUM_SET_ESN = BerTag.contextConstructed(101).named("mediumSetElementSetNames");
    private static final BerTag QUERY = BerTag.contextConstructed(21).named("query");
    private static final BerTag RESULT_COUNT = BerTag.context(23).named("resultCount");
    private static final BerTag RECORDS_RETURNED = BerTag.context(24).named("numberOfRecordsReturned");
    private static final BerTag NEXT_POSITION = BerTag.context(25).named("nextResultSetPosition");
    private static final BerTag SEARCH_STATUS = BerTag.context(22).named("searchStatus");
    private static final BerTag RESULT_SET_STATUS = BerTag.context(26).named("resultSetStatus");
    static final BerTag PRESENT_STATUS = BerTag.context(27).named("presentStatus");

    private SearchCodec() {
    }

    static SearchRequest readRequest(BerReader in) {
        in.enter(REQUEST);
        Octets referenceId = Fields.readReferenceId(in);
        int smallSetUpperBound = in.readInt(SMALL_SET_UPPER);
        int largeSetLowerBound = in.readInt(LARGE_SET_LOWER);
        int mediumSetPresentNumber = in.readInt(MEDIUM_SET_PRESENT);
        boolean replace = in.readBoolean(REPLACE);
        String resultSetName = in.readString(RESULT_SET_NAME);
        List<String> databases = Fields.readStrings(in, DATABASE_NAMES, Fields.DATABASE_NAME);
        ElementSetNames small = in.nextIs(SMALL_SET_ESN) ? CompositionCodec.readElementSetNames(in, SMALL_SET_ESN) : null;
        ElementSetNames medium = in.nextIs(MEDIUM_SET_ESN) ? CompositionCodec.readElementSetNames(in, MEDIUM_SET_ESN) : null;
        Oid syntax = Fields.optionalOid(in, Fields.PREFERRED_RECORD_SYNTAX);
        in.enter(QUERY);
        Z3950Query query = QueryCodec.read(in);
        in.leave();
        List<OtherInfo> additional = OtherInfoCodec.readOptional(in, Fields.ADDITIONAL_SEARCH_INFO);
        List<OtherInfo> otherInfo = OtherInfoCodec.readOptional(in, Fields.OTHER_INFO);
        in.leave();
        return new SearchRequest(referenceId, smallSetUpperBound, largeSetLowerBound, mediumSetPresentNumber, replace,
                resultSetName, databases, small, medium, syntax, query, additional, otherInfo);
    }

    static void writeRequest(BerWriter out, SearchRequest search) {
        out.begin(REQUEST);
        Fields.writeReferenceId(out, search.referenceId());
        out.writeInteger(SMALL_SET_UPPER, search.smallSetUpperBound());
        out.writeInteger(LARGE_SET_LOWER, search.largeSetLowerBound());
        out.writeInteger(MEDIUM_SET_PRESENT, search.mediumSetPresentNumber());
        out.writeBoolean(REPLACE, search.replaceIndicator());
        out.writeString(RESULT_SET_NAME, search.resultSetName());
        Fields.writeStrings(out, DATABASE_NAMES, Fields.DATABASE_NAME, search.databaseNames());
        CompositionCodec.writeElementSetNames(out, SMALL_SET_ESN, search.smallSetElementSetNames());
        CompositionCodec.writeElementSetNames(out, MEDIUM_SET_ESN, search.mediumSetElementSetNames());
        Fields.writeOid(out, Fields.PREFERRED_RECORD_SYNTAX, search.preferredRecordSyntax());
        out.begin(QUERY);
        QueryCodec.write(out, search.query());
        out.end();
        OtherInfoCodec.write(out, Fields.ADDITIONAL_SEARCH_INFO, search.additionalSearchInfo());
        OtherInfoCodec.write(out, Fields.OTHER_INFO, search.otherInfo());
        out.end();
    }

    static SearchResponse readResponse(BerReader in) {
        in.enter(RESPONSE);
        Octets referenceId = Fields.readReferenceId(in);
        long resultCount = in.readInteger(RESULT_COUNT);
        int returned = in.readInt(RECORDS_RETURNED);
        int next = in.readInt(NEXT_POSITION);
        boolean status = in.readBoolean(SEARCH_STATUS);
        ResultSetStatus setStatus = Fields.optionalEnum(in, RESULT_SET_STATUS, ResultSetStatus.class);
        PresentStatus presentStatus = Fields.optionalEnum(in, PRESENT_STATUS, PresentStatus.class);
        Records records = RecordsCodec.nextIsRecords(in) ? RecordsCodec.read(in) : null;
        List<OtherInfo> additional = OtherInfoCodec.readOptional(in, Fields.ADDITIONAL_SEARCH_INFO);
        List<OtherInfo> otherInfo = OtherInfoCodec.readOptional(in, Fields.OTHER_INFO);
        in.leave();
        return new SearchResponse(referenceId, resultCount, returned, next, status, setStatus, presentStatus, records,
                additional, otherInfo);
    }

    static void writeResponse(BerWriter out, SearchResponse response) {
        out.begin(RESPONSE);
        Fields.writeReferenceId(out, response.referenceId());
        out.writeInteger(RESULT_COUNT, response.resultCount());
        out.writeInteger(RECORDS_RETURNED, response.numberOfRecordsReturned());
        out.writeInteger(NEXT_POSITION, response.nextResultSetPosition());
        out.writeBoolean(SEARCH_STATUS, response.searchStatus());
        Fields.writeEnum(out, RESULT_SET_STATUS, response.resultSetStatus());
        Fields.writeEnum(out, PRESENT_STATUS, response.presentStatus());
        if (response.records() != null) {
            RecordsCodec.write(out, response.records());
        }
        OtherInfoCodec.write(out, Fields.ADDITIONAL_SEARCH_INFO, response.additionalSearchInfo());
        OtherInfoCodec.write(out, Fields.OTHER_INFO, response.otherInfo());
        out.end();
    }
}
