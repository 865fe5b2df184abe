package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;

/** Present request. */
public record PresentRequest(
        Octets referenceId,
        String resultSetId,
        int resultSetStartPoint,
        int numberOfRecordsRequested,
        List<Range> additionalRanges,
        RecordComposition recordComposition,
        Oid preferredRecordSyntax,
        Integer maxSegmentCount,
        Integer maxRecordSize,
        Integer maxSegmentSize,
        List<OtherInfo> otherInfo) implements Apdu {

    public PresentRequest {
        Objects.requireNonNull(resultSetId, "resultSetId");
        additionalRanges = Lists.copy(additionalRanges);
        otherInfo = Lists.copy(otherInfo);
    }

    public static PresentRequest of(String resultSetId, int start, int count, Oid syntax, String elementSetName) {
        return new PresentRequest(null, resultSetId, start, count, List.of(),
                elementSetName == null ? null : new RecordComposition.Simple(ElementSetNames.of(elementSetName)),
                syntax, null, null, null, List.of());
    }

    /** The record syntax asked for (the preferred one, else the first of a CompSpec's list), or null. */
    public Oid requestedSyntax() {
        if (preferredRecordSyntax != null) {
            return preferredRecordSyntax;
        }
        return recordComposition instanceof RecordComposition.Complex c && !c.recordSyntax().isEmpty()
                ? c.recordSyntax().get(0) : null;
    }

    public record Range(int startingPosition, int numberOfRecords) {
    }
}
