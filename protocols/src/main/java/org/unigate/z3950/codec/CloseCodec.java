package org.unigate.z3950.codec;

import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.External;
import org.unigate.ber.ExternalCodec;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;

/** Close [48]. */
final class CloseCodec {

    static final BerTag CLOSE = BerTag.contextConstructed(48).named("close");
    private static final BerTag REASON = BerTag.context(211).named("closeReason");
    private static final BerTag DIAGNOSTIC = BerTag.context(3).named("diagnosticInformation");
    private static final BerTag REPORT_FORMAT = BerTag.context(4).named("resourceReportFormat");
    private static final BerTag REPORT = BerTag.contextConstructed(5).named("resourceReport");

    private CloseCodec() {
    }

    static Close read(BerReader in) {
        in.enter(CLOSE);
        Octets referenceId = Fields.readReferenceId(in);
        CloseReason reason = Fields.readEnum(in, REASON, CloseReason.class);
        String diagnostic = Fields.optionalString(in, DIAGNOSTIC);
        Oid format = Fields.optionalOid(in, REPORT_FORMAT);
        External report = null;
        if (in.nextIs(REPORT)) {
            in.enter(REPORT);
            report = ExternalCodec.read(in);
            in.leave();
        }
        Close close = new Close(referenceId, reason, diagnostic, format, report, OtherInfoCodec.readOptional(in, Fields.OTHER_INFO));
        in.leave();
        return close;
    }

    static void write(BerWriter out, Close close) {
        out.begin(CLOSE);
        Fields.writeReferenceId(out, close.referenceId());
        out.writeInteger(REASON, close.closeReason().code());
        Fields.writeString(out, DIAGNOSTIC, close.diagnosticInformation());
        Fields.writeOid(out, REPORT_FORMAT, close.resourceReportFormat());
        if (close.resourceReport() != null) {
            out.begin(REPORT);
            ExternalCodec.write(out, close.resourceReport());
            out.end();
        }
        OtherInfoCodec.write(out, Fields.OTHER_INFO, close.otherInfo());
        out.end();
    }
}
