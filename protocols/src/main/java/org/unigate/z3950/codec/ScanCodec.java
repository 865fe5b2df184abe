package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.Octets;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.z3950.DiagRec;
import org.unigate.z3950.ScanEntry;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SurrogateDiagnostic;
import org.unigate.z3950.TermInfo;

/** Scan request [35] and response [36] with their term list entries. */
final class ScanCodec {

    static final BerTag REQUEST = BerTag.contextConstructed(35).named("scanRequest");
    static final BerTag RESPONSE = BerTag.contextConstructed(36).named("scanResponse");
    private static final BerTag DATABASE_NAMES = BerTag.contextConstructed(3).named("databaseNames");
    private static final BerTag STEP_SIZE_REQUEST = BerTag.context(5).named("stepSize");
    private static final BerTag TERMS_REQUESTED = BerTag.context(6).named("numberOfTermsRequested");
    private static final BerTag PREFERRED_POSITION = BerTag.context(7).named("preferredPositionInResponse");
    private static final BerTag STEP_SIZE = BerTag.context(3).named("stepSize");
    private static final BerTag STATUS = BerTag.context(4).named("scanStatus");
    private static final BerTag ENTRIES_RETURNED = BerTag.context(5).named("numberOfEntriesReturned");
    private static final BerTag POSITION = BerTag.context(6).named("positionOfTerm");
    private static final BerTag LIST_ENTRIES = BerTag.contextConstructed(7).named("entries");
    private static final BerTag RESPONSE_SET = BerTag.context(8).named("attributeSet");
    private static final BerTag ENTRIES = BerTag.contextConstructed(1).named("entries");
    private static final BerTag DIAGNOSTICS = BerTag.contextConstructed(2).named("nonsurrogateDiagnostics");
    private static final BerTag TERM_INFO = BerTag.contextConstructed(1).named("termInfo");
    private static final BerTag SURROGATE = BerTag.contextConstructed(2).named("surrogateDiagnostic");
    private static final BerTag DISPLAY_TERM = BerTag.context(0).named("displayTerm");
    private static final BerTag ALTERNATIVE_TERM = BerTag.contextConstructed(4).named("alternativeTerm");
    private static final BerTag GLOBAL_OCCURRENCES = BerTag.context(2).named("globalOccurrences");
    private static final BerTag BY_ATTRIBUTES = BerTag.contextConstructed(3).named("byAttributes");

    private ScanCodec() {
    }

    static ScanRequest readRequest(BerReader in) {
        in.enter(REQUEST);
        Octets referenceId = Fields.readReferenceId(in);
        List<String> databases = Fields.readStrings(in, DATABASE_NAMES, Fields.DATABASE_NAME);
        AttributeSet set = in.nextIs(BerTag.OBJECT_IDENTIFIER) ? TermCodec.attributeSet(in.readOid(BerTag.OBJECT_IDENTIFIER)) : null;
        AttributesPlusTerm start = TermCodec.readAttributesPlusTerm(in);
        ScanRequest request = new ScanRequest(referenceId, databases, set, start, Fields.optionalInt(in, STEP_SIZE_REQUEST),
                in.readInt(TERMS_REQUESTED), Fields.optionalInt(in, PREFERRED_POSITION),
                OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return request;
    }

    static void writeRequest(BerWriter out, ScanRequest scan) {
        out.begin(REQUEST);
        Fields.writeReferenceId(out, scan.referenceId());
        Fields.writeStrings(out, DATABASE_NAMES, Fields.DATABASE_NAME, scan.databaseNames());
        if (scan.attributeSet() != null) {
            out.writeOid(BerTag.OBJECT_IDENTIFIER, TermCodec.oidOf(scan.attributeSet()));
        }
        TermCodec.writeAttributesPlusTerm(out, scan.termListAndStartPoint());
        Fields.writeInt(out, STEP_SIZE_REQUEST, scan.stepSize());
        out.writeInteger(TERMS_REQUESTED, scan.numberOfTermsRequested());
        Fields.writeInt(out, PREFERRED_POSITION, scan.preferredPositionInResponse());
        OtherInfoCodec.write(out, Fields.OTHER_INFO, scan.otherInfo());
        out.end();
    }

    static ScanResponse readResponse(BerReader in) {
        in.enter(RESPONSE);
        Octets referenceId = Fields.readReferenceId(in);
        Integer stepSize = Fields.optionalInt(in, STEP_SIZE);
        ScanResponse.Status status = Fields.readEnum(in, STATUS, ScanResponse.Status.class);
        int returned = in.readInt(ENTRIES_RETURNED);
        Integer position = Fields.optionalInt(in, POSITION);
        ScanResponse.ListEntries entries = in.nextIs(LIST_ENTRIES) ? readListEntries(in) : null;
        AttributeSet set = in.nextIs(RESPONSE_SET) ? TermCodec.attributeSet(in.readOid(RESPONSE_SET)) : null;
        ScanResponse response = new ScanResponse(referenceId, stepSize, status, returned, position, entries, set,
                OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return response;
    }

    static void writeResponse(BerWriter out, ScanResponse scan) {
        out.begin(RESPONSE);
        Fields.writeReferenceId(out, scan.referenceId());
        Fields.writeInt(out, STEP_SIZE, scan.stepSize());
        out.writeInteger(STATUS, scan.scanStatus().code());
        out.writeInteger(ENTRIES_RETURNED, scan.numberOfEntriesReturned());
        Fields.writeInt(out, POSITION, scan.positionOfTerm());
        if (scan.entries() != null) {
            writeListEntries(out, scan.entries());
        }
        if (scan.attributeSet() != null) {
            out.writeOid(RESPONSE_SET, TermCodec.oidOf(scan.attributeSet()));
        }
        OtherInfoCodec.write(out, Fields.OTHER_INFO, scan.otherInfo());
        out.end();
    }

    private static ScanResponse.ListEntries readListEntries(BerReader in) {
        in.enter(LIST_ENTRIES);
        List<ScanEntry> entries = new ArrayList<>();
        if (in.nextIs(ENTRIES)) {
            in.enter(ENTRIES);
            while (in.hasNext()) {
                if (in.nextIs(TERM_INFO)) {
                    entries.add(readTermInfo(in));
                } else {
                    in.enter(SURROGATE);
                    entries.add(new SurrogateDiagnostic(DiagCodec.readDiagRec(in)));
                    in.leave();
                }
            }
            in.leave();
        }
        List<DiagRec> diagnostics = in.nextIs(DIAGNOSTICS) ? DiagCodec.readDiagRecs(in, DIAGNOSTICS) : List.of();
        in.leave();
        return new ScanResponse.ListEntries(entries, diagnostics);
    }

    private static void writeListEntries(BerWriter out, ScanResponse.ListEntries list) {
        out.begin(LIST_ENTRIES);
        out.begin(ENTRIES);
        for (ScanEntry entry : list.entries()) {
            if (entry instanceof TermInfo term) {
                writeTermInfo(out, term);
            } else {
                out.begin(SURROGATE);
                DiagCodec.writeDiagRec(out, ((SurrogateDiagnostic) entry).diagnostic());
                out.end();
            }
        }
        out.end();
        if (!list.nonsurrogateDiagnostics().isEmpty()) {
            DiagCodec.writeDiagRecs(out, DIAGNOSTICS, list.nonsurrogateDiagnostics());
        }
        out.end();
    }

    private static TermInfo readTermInfo(BerReader in) {
        in.enter(TERM_INFO);
        var term = TermCodec.readTerm(in);
        String display = Fields.optionalString(in, DISPLAY_TERM);
        var suggested = in.nextIs(TermCodec.ATTRIBUTE_LIST) ? TermCodec.readAttributeList(in) : null;
        List<AttributesPlusTerm> alternatives = new ArrayList<>();
        if (in.nextIs(ALTERNATIVE_TERM)) {
            in.enter(ALTERNATIVE_TERM);
            while (in.hasNext()) {
                alternatives.add(TermCodec.readAttributesPlusTerm(in));
            }
            in.leave();
        }
        Long occurrences = in.nextIs(GLOBAL_OCCURRENCES) ? in.readInteger(GLOBAL_OCCURRENCES) : null;
        Octets byAttributes = in.nextIs(BY_ATTRIBUTES) ? Octets.wrap(in.readElement()) : null;
        TermInfo info = new TermInfo(term, display, suggested, alternatives, occurrences, byAttributes,
                OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return info;
    }

    private static void writeTermInfo(BerWriter out, TermInfo info) {
        out.begin(TERM_INFO);
        TermCodec.writeTerm(out, info.term());
        Fields.writeString(out, DISPLAY_TERM, info.displayTerm());
        if (!info.suggestedAttributes().isEmpty()) {
            TermCodec.writeAttributeList(out, info.suggestedAttributes());
        }
        if (!info.alternativeTerm().isEmpty()) {
            out.begin(ALTERNATIVE_TERM);
            for (AttributesPlusTerm alternative : info.alternativeTerm()) {
                TermCodec.writeAttributesPlusTerm(out, alternative);
            }
            out.end();
        }
        if (info.globalOccurrences() != null) {
            out.writeInteger(GLOBAL_OCCURRENCES, info.globalOccurrences());
        }
        if (info.byAttributes() != null) {
            out.writeElement(info.byAttributes());
        }
        OtherInfoCodec.write(out, Fields.OTHER_INFO, info.otherTermInfo());
        out.end();
    }
}
