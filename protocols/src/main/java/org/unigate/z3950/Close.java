package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.External;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;

/** Close, sent by either side; the other answers with a Close of its own. */
public record Close(
        Octets referenceId,
        CloseReason closeReason,
        String diagnosticInformation,
        Oid resourceReportFormat,
        External resourceReport,
        List<OtherInfo> otherInfo) implements Apdu {

    public Close {
        Objects.requireNonNull(closeReason, "closeReason");
        otherInfo = Lists.copy(otherInfo);
    }

    public static Close of(CloseReason reason, String diagnosticInformation) {
        return new Close(null, reason, diagnosticInformation, null, null, List.of());
    }
}
