package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.ExternalCodec;
import org.unigate.ber.Oid;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.DiagRec;

/**
 * DiagRec and DefaultDiagFormat {@code SEQUENCE { diagnosticSetId OID, condition INTEGER,
 * addinfo CHOICE { v2Addinfo VisibleString, v3Addinfo InternationalString } }}. Lenient: a
 * missing addinfo, which some servers leave out, reads as empty.
 */
final class DiagCodec {

    private DiagCodec() {
    }

    static DiagRec readDiagRec(BerReader in) {
        if (in.nextIs(BerTag.EXTERNAL)) {
            return new DiagRec.ExternallyDefined(ExternalCodec.read(in));
        }
        return readDefault(in, BerTag.SEQUENCE);
    }

    static DefaultDiagFormat readDefault(BerReader in, BerTag tag) {
        in.enter(tag);
        Oid set = in.readOid(BerTag.OBJECT_IDENTIFIER.named("diagnosticSetId"));
        int condition = in.readInt(BerTag.INTEGER.named("condition"));
        String addinfo = "";
        if (in.nextIs(BerTag.VISIBLE_STRING)) {
            addinfo = in.readString(BerTag.VISIBLE_STRING);
        } else if (in.nextIs(BerTag.GENERAL_STRING)) {
            addinfo = in.readString(BerTag.GENERAL_STRING);
        }
        in.leave();
        return new DefaultDiagFormat(set, condition, addinfo);
    }

    static List<DiagRec> readDiagRecs(BerReader in, BerTag tag) {
        List<DiagRec> diagnostics = new ArrayList<>();
        in.enter(tag);
        while (in.hasNext()) {
            diagnostics.add(readDiagRec(in));
        }
        in.leave();
        return diagnostics;
    }

    static void writeDiagRec(BerWriter out, DiagRec diagnostic) {
        if (diagnostic instanceof DiagRec.ExternallyDefined e) {
            ExternalCodec.write(out, e.external());
        } else {
            writeDefault(out, BerTag.SEQUENCE, (DefaultDiagFormat) diagnostic);
        }
    }

    static void writeDefault(BerWriter out, BerTag tag, DefaultDiagFormat diagnostic) {
        out.begin(tag);
        out.writeOid(BerTag.OBJECT_IDENTIFIER, diagnostic.diagnosticSetId());
        out.writeInteger(BerTag.INTEGER, diagnostic.condition());
        String addinfo = diagnostic.addinfo();
        out.writeString(isVisible(addinfo) ? BerTag.VISIBLE_STRING : BerTag.GENERAL_STRING, addinfo);
        out.end();
    }

    static void writeDiagRecs(BerWriter out, BerTag tag, List<DiagRec> diagnostics) {
        out.begin(tag);
        for (DiagRec diagnostic : diagnostics) {
            writeDiagRec(out, diagnostic);
        }
        out.end();
    }

    private static boolean isVisible(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
