package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;

/** Scan request: where to start in which term list, and how many terms around it. */
public record ScanRequest(
        Octets referenceId,
        List<String> databaseNames,
        AttributeSet attributeSet,
        AttributesPlusTerm termListAndStartPoint,
        Integer stepSize,
        int numberOfTermsRequested,
        Integer preferredPositionInResponse,
        List<OtherInfo> otherInfo) implements Apdu {

    public ScanRequest {
        databaseNames = List.copyOf(databaseNames);
        Objects.requireNonNull(termListAndStartPoint, "termListAndStartPoint");
        otherInfo = Lists.copy(otherInfo);
    }
}
