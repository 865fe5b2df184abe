package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.ExternalCodec;
import org.unigate.z3950.HoldingsAndCirc;
import org.unigate.z3950.OpacRecord;
import org.unigate.z3950.RetrievalRecord;

/**
 * RecordSyntax-opac: {@code OPACRecord ::= SEQUENCE { bibliographicRecord [1] IMPLICIT EXTERNAL
 * OPTIONAL, holdingsData [2] IMPLICIT SEQUENCE OF HoldingsRecord OPTIONAL }}, HoldingsRecord
 * being {@code marcHoldingsRecord [1] IMPLICIT EXTERNAL} or {@code holdingsAndCirc [2]}.
 */
final class OpacCodec {

    private static final BerTag BIBLIOGRAPHIC = BerTag.contextConstructed(1).named("bibliographicRecord");
    private static final BerTag HOLDINGS = BerTag.contextConstructed(2).named("holdingsData");
    private static final BerTag MARC_HOLDINGS = BerTag.contextConstructed(1).named("marcHoldingsRecord");
    private static final BerTag HOLDINGS_AND_CIRC = BerTag.contextConstructed(2).named("holdingsAndCirc");
    private static final BerTag VOLUMES = BerTag.contextConstructed(18).named("volumes");
    private static final BerTag CIRCULATION = BerTag.contextConstructed(19).named("circulationData");
    private static final int TEXT_FIELDS = 17;
    /** {@code [n] IMPLICIT} primitive tags by number; index 0 is unused. */
    private static final List<BerTag> TEXT = IntStream.rangeClosed(0, 20).mapToObj(BerTag::context).toList();

    private OpacCodec() {
    }

    static OpacRecord read(BerReader in) {
        in.enter(BerTag.SEQUENCE);
        RetrievalRecord bibliographic = null;
        if (in.nextIs(BIBLIOGRAPHIC)) {
            bibliographic = RecordsCodec.fromExternal(in, ExternalCodec.read(in, BIBLIOGRAPHIC));
        }
        List<OpacRecord.Holdings> holdings = new ArrayList<>();
        if (in.nextIs(HOLDINGS)) {
            in.enter(HOLDINGS);
            while (in.hasNext()) {
                if (in.nextIs(MARC_HOLDINGS)) {
                    holdings.add(new OpacRecord.MarcHoldings(RecordsCodec.fromExternal(in, ExternalCodec.read(in, MARC_HOLDINGS))));
                } else {
                    holdings.add(readHoldingsAndCirc(in));
                }
            }
            in.leave();
        }
        in.leave();
        return new OpacRecord(bibliographic, holdings);
    }

    static void write(BerWriter out, OpacRecord record) {
        out.begin(BerTag.SEQUENCE);
        if (record.bibliographicRecord() != null) {
            RecordsCodec.writeRetrievalRecord(out, BIBLIOGRAPHIC, record.bibliographicRecord());
        }
        if (!record.holdingsData().isEmpty()) {
            out.begin(HOLDINGS);
            for (OpacRecord.Holdings holdings : record.holdingsData()) {
                if (holdings instanceof OpacRecord.MarcHoldings marc) {
                    RecordsCodec.writeRetrievalRecord(out, MARC_HOLDINGS, marc.record());
                } else {
                    writeHoldingsAndCirc(out, (HoldingsAndCirc) holdings);
                }
            }
            out.end();
        }
        out.end();
    }

    private static HoldingsAndCirc readHoldingsAndCirc(BerReader in) {
        in.enter(HOLDINGS_AND_CIRC);
        String[] text = new String[TEXT_FIELDS + 1];
        for (int i = 1; i <= TEXT_FIELDS; i++) {
            text[i] = Fields.optionalString(in, TEXT.get(i));
        }
        List<HoldingsAndCirc.Volume> volumes = new ArrayList<>();
        if (in.nextIs(VOLUMES)) {
            in.enter(VOLUMES);
            while (in.hasNext()) {
                in.enter(BerTag.SEQUENCE);
                volumes.add(new HoldingsAndCirc.Volume(Fields.optionalString(in, TEXT.get(1)),
                        Fields.optionalString(in, TEXT.get(2)), Fields.optionalString(in, TEXT.get(3))));
                in.leave();
            }
            in.leave();
        }
        List<HoldingsAndCirc.CircRecord> circulation = new ArrayList<>();
        if (in.nextIs(CIRCULATION)) {
            in.enter(CIRCULATION);
            while (in.hasNext()) {
                circulation.add(readCircRecord(in));
            }
            in.leave();
        }
        in.leave();
        return new HoldingsAndCirc(text[1], text[2], text[3], text[4], text[5], text[6], text[7], text[8], text[9],
                text[10], text[11], text[12], text[13], text[14], text[15], text[16], text[17], volumes, circulation);
    }

    private static HoldingsAndCirc.CircRecord readCircRecord(BerReader in) {
        in.enter(BerTag.SEQUENCE);
        boolean availableNow = in.readBoolean(TEXT.get(1));
        String availabilityDate = Fields.optionalString(in, TEXT.get(2));
        String availableThru = Fields.optionalString(in, TEXT.get(3));
        String restrictions = Fields.optionalString(in, TEXT.get(4));
        String itemId = Fields.optionalString(in, TEXT.get(5));
        boolean renewable = in.readBoolean(TEXT.get(6));
        boolean onHold = in.readBoolean(TEXT.get(7));
        String enumAndChron = Fields.optionalString(in, TEXT.get(8));
        String midspine = Fields.optionalString(in, TEXT.get(9));
        String temporaryLocation = Fields.optionalString(in, TEXT.get(10));
        in.leave();
        return new HoldingsAndCirc.CircRecord(availableNow, availabilityDate, availableThru, restrictions, itemId,
                renewable, onHold, enumAndChron, midspine, temporaryLocation);
    }

    private static void writeHoldingsAndCirc(BerWriter out, HoldingsAndCirc h) {
        out.begin(HOLDINGS_AND_CIRC);
        String[] text = {null, h.typeOfRecord(), h.encodingLevel(), h.format(), h.receiptAcqStatus(),
            h.generalRetention(), h.completeness(), h.dateOfReport(), h.nucCode(), h.localLocation(),
            h.shelvingLocation(), h.callNumber(), h.shelvingData(), h.copyNumber(), h.publicNote(),
            h.reproductionNote(), h.termsUseRepro(), h.enumAndChron()};
        for (int i = 1; i <= TEXT_FIELDS; i++) {
            Fields.writeString(out, TEXT.get(i), text[i]);
        }
        if (!h.volumes().isEmpty()) {
            out.begin(VOLUMES);
            for (HoldingsAndCirc.Volume v : h.volumes()) {
                out.begin(BerTag.SEQUENCE);
                Fields.writeString(out, TEXT.get(1), v.enumeration());
                Fields.writeString(out, TEXT.get(2), v.chronology());
                Fields.writeString(out, TEXT.get(3), v.enumAndChron());
                out.end();
            }
            out.end();
        }
        if (!h.circulationData().isEmpty()) {
            out.begin(CIRCULATION);
            for (HoldingsAndCirc.CircRecord c : h.circulationData()) {
                writeCircRecord(out, c);
            }
            out.end();
        }
        out.end();
    }

    private static void writeCircRecord(BerWriter out, HoldingsAndCirc.CircRecord c) {
        out.begin(BerTag.SEQUENCE);
        out.writeBoolean(TEXT.get(1), c.availableNow());
        Fields.writeString(out, TEXT.get(2), c.availabilityDate());
        Fields.writeString(out, TEXT.get(3), c.availableThru());
        Fields.writeString(out, TEXT.get(4), c.restrictions());
        Fields.writeString(out, TEXT.get(5), c.itemId());
        out.writeBoolean(TEXT.get(6), c.renewable());
        out.writeBoolean(TEXT.get(7), c.onHold());
        Fields.writeString(out, TEXT.get(8), c.enumAndChron());
        Fields.writeString(out, TEXT.get(9), c.midspine());
        Fields.writeString(out, TEXT.get(10), c.temporaryLocation());
        out.end();
    }
}
