package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.Octets;
import org.unigate.z3950.DiagRec;
import org.unigate.z3950.SortKeySpec;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SortResponse;

/** Sort request [43] and response [44]. */
final class SortCodec {

    static final BerTag REQUEST = BerTag.contextConstructed(43).named("sortRequest");
    static final BerTag RESPONSE = BerTag.contextConstructed(44).named("sortResponse");
    private static final BerTag INPUT_SETS = BerTag.contextConstructed(3).named("inputResultSetNames");
    private static final BerTag SORTED_SET = BerTag.context(4).named("sortedResultSetName");
    private static final BerTag SEQUENCE = BerTag.contextConstructed(5).named("sortSequence");
    private static final BerTag GENERIC = BerTag.contextConstructed(1).named("generic");
    private static final BerTag DATABASE_SPECIFIC = BerTag.contextConstructed(2).named("databaseSpecific");
    private static final BerTag RELATION = BerTag.context(1).named("sortRelation");
    private static final BerTag CASE = BerTag.context(2).named("caseSensitivity");
    private static final BerTag MISSING = BerTag.contextConstructed(3).named("missingValueAction");
    private static final BerTag ABORT = BerTag.context(1).named("abort");
    private static final BerTag NULL = BerTag.context(2).named("null");
    private static final BerTag MISSING_DATA = BerTag.context(3).named("missingValueData");
    private static final BerTag SORT_FIELD = BerTag.context(0).named("sortfield");
    private static final BerTag ELEMENT_SPEC = BerTag.contextConstructed(1).named("elementSpec");
    private static final BerTag SORT_ATTRIBUTES = BerTag.contextConstructed(2).named("sortAttributes");
    private static final BerTag STATUS = BerTag.context(3).named("sortStatus");
    private static final BerTag SET_STATUS = BerTag.context(4).named("resultSetStatus");
    private static final BerTag DIAGNOSTICS = BerTag.contextConstructed(5).named("diagnostics");
    private static final BerTag RESULT_COUNT = BerTag.context(6).named("resultCount");

    private SortCodec() {
    }

    static SortRequest readRequest(BerReader in) {
        in.enter(REQUEST);
        Octets referenceId = Fields.readReferenceId(in);
        List<String> inputs = Fields.readStrings(in, INPUT_SETS, BerTag.GENERAL_STRING);
        String sorted = in.readString(SORTED_SET);
        List<SortKeySpec> keys = new ArrayList<>();
        in.enter(SEQUENCE);
        while (in.hasNext()) {
            keys.add(readKeySpec(in));
        }
        in.leave();
        SortRequest request = new SortRequest(referenceId, inputs, sorted, keys, OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return request;
    }

    static void writeRequest(BerWriter out, SortRequest sort) {
        out.begin(REQUEST);
        Fields.writeReferenceId(out, sort.referenceId());
        Fields.writeStrings(out, INPUT_SETS, BerTag.GENERAL_STRING, sort.inputResultSetNames());
        out.writeString(SORTED_SET, sort.sortedResultSetName());
        out.begin(SEQUENCE);
        for (SortKeySpec key : sort.sortSequence()) {
            writeKeySpec(out, key);
        }
        out.end();
        OtherInfoCodec.write(out, Fields.OTHER_INFO, sort.otherInfo());
        out.end();
    }

    static SortResponse readResponse(BerReader in) {
        in.enter(RESPONSE);
        Octets referenceId = Fields.readReferenceId(in);
        SortResponse.Status status = Fields.readEnum(in, STATUS, SortResponse.Status.class);
        SortResponse.SetStatus setStatus = Fields.optionalEnum(in, SET_STATUS, SortResponse.SetStatus.class);
        List<DiagRec> diagnostics = in.nextIs(DIAGNOSTICS) ? DiagCodec.readDiagRecs(in, DIAGNOSTICS) : List.of();
        Long count = in.nextIs(RESULT_COUNT) ? in.readInteger(RESULT_COUNT) : null;
        SortResponse response = new SortResponse(referenceId, status, setStatus, diagnostics, count,
                OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return response;
    }

    static void writeResponse(BerWriter out, SortResponse sort) {
        out.begin(RESPONSE);
        Fields.writeReferenceId(out, sort.referenceId());
        out.writeInteger(STATUS, sort.sortStatus().code());
        Fields.writeEnum(out, SET_STATUS, sort.resultSetStatus());
        if (!sort.diagnostics().isEmpty()) {
            DiagCodec.writeDiagRecs(out, DIAGNOSTICS, sort.diagnostics());
        }
        if (sort.resultCount() != null) {
            out.writeInteger(RESULT_COUNT, sort.resultCount());
        }
        OtherInfoCodec.write(out, Fields.OTHER_INFO, sort.otherInfo());
        out.end();
    }

    private static SortKeySpec readKeySpec(BerReader in) {
        in.enter(BerTag.SEQUENCE);
        SortKeySpec.SortElement element;
        if (in.nextIs(GENERIC)) {
            in.enter(GENERIC);
            element = new SortKeySpec.Generic(readKey(in));
            in.leave();
        } else {
            List<SortKeySpec.DatabaseSortKey> keys = new ArrayList<>();
            in.enter(DATABASE_SPECIFIC);
            while (in.hasNext()) {
                in.enter(BerTag.SEQUENCE);
                keys.add(new SortKeySpec.DatabaseSortKey(in.readString(Fields.DATABASE_NAME), readKey(in)));
                in.leave();
            }
            in.leave();
            element = new SortKeySpec.DatabaseSpecific(keys);
        }
        SortKeySpec.Relation relation = Fields.readEnum(in, RELATION, SortKeySpec.Relation.class);
        SortKeySpec.CaseSensitivity caseSensitivity = Fields.readEnum(in, CASE, SortKeySpec.CaseSensitivity.class);
        SortKeySpec.MissingValueAction missing = null;
        if (in.nextIs(MISSING)) {
            in.enter(MISSING);
            if (in.nextIs(ABORT)) {
                in.readNull(ABORT);
                missing = new SortKeySpec.Abort();
            } else if (in.nextIs(NULL)) {
                in.readNull(NULL);
                missing = new SortKeySpec.NullValue();
            } else {
                missing = new SortKeySpec.MissingValueData(Octets.wrap(in.readOctets(MISSING_DATA)));
            }
            in.leave();
        }
        in.leave();
        return new SortKeySpec(element, relation, caseSensitivity, missing);
    }

    private static SortKeySpec.SortKey readKey(BerReader in) {
        if (in.nextIs(SORT_FIELD)) {
            return new SortKeySpec.SortField(in.readString(SORT_FIELD));
        }
        if (in.nextIs(ELEMENT_SPEC)) {
            return new SortKeySpec.ElementSpec(CompositionCodec.readSpecification(in, ELEMENT_SPEC));
        }
        in.enter(SORT_ATTRIBUTES);
        SortKeySpec.SortAttributes key = new SortKeySpec.SortAttributes(
                TermCodec.attributeSet(in.readOid(BerTag.OBJECT_IDENTIFIER)), TermCodec.readAttributeList(in));
        in.leave();
        return key;
    }

    private static void writeKeySpec(BerWriter out, SortKeySpec key) {
        out.begin(BerTag.SEQUENCE);
        if (key.sortElement() instanceof SortKeySpec.Generic generic) {
            out.begin(GENERIC);
            writeKey(out, generic.key());
            out.end();
        } else {
            out.begin(DATABASE_SPECIFIC);
            for (SortKeySpec.DatabaseSortKey db : ((SortKeySpec.DatabaseSpecific) key.sortElement()).keys()) {
                out.begin(BerTag.SEQUENCE).writeString(Fields.DATABASE_NAME, db.database());
                writeKey(out, db.key());
                out.end();
            }
            out.end();
        }
        out.writeInteger(RELATION, key.sortRelation().code());
        out.writeInteger(CASE, key.caseSensitivity().code());
        SortKeySpec.MissingValueAction missing = key.missingValueAction();
        if (missing != null) {
            out.begin(MISSING);
            if (missing instanceof SortKeySpec.Abort) {
                out.writeNull(ABORT);
            } else if (missing instanceof SortKeySpec.NullValue) {
                out.writeNull(NULL);
            } else {
                out.writeOctets(MISSING_DATA, ((SortKeySpec.MissingValueData) missing).data());
            }
            out.end();
        }
        out.end();
    }

    private static void writeKey(BerWriter out, SortKeySpec.SortKey key) {
        if (key instanceof SortKeySpec.SortField field) {
            out.writeString(SORT_FIELD, field.field());
        } else if (key instanceof SortKeySpec.ElementSpec spec) {
            CompositionCodec.writeSpecification(out, ELEMENT_SPEC, spec.specification());
        } else {
            SortKeySpec.SortAttributes attributes = (SortKeySpec.SortAttributes) key;
            out.begin(SORT_ATTRIBUTES).writeOid(BerTag.OBJECT_IDENTIFIER, TermCodec.oidOf(attributes.attributeSet()));
            TermCodec.writeAttributeList(out, attributes.attributes());
            out.end();
        }
    }
}
