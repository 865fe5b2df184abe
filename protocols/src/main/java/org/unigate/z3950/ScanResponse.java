package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;
import org.unigate.rpn.AttributeSet;

/** Scan response. */
public record ScanResponse(
        Octets referenceId,
        Integer stepSize,
        Status scanStatus,
        int numberOfEntriesReturned,
        Integer positionOfTerm,
        ListEntries entries,
        AttributeSet attributeSet,
        List<OtherInfo> otherInfo) implements Apdu {

    public ScanResponse {
        Objects.requireNonNull(scanStatus, "scanStatus");
        otherInfo = Lists.copy(otherInfo);
    }

    public static ScanResponse of(Octets referenceId, Status status, int positionOfTerm, List<ScanEntry> entries) {
        return new ScanResponse(referenceId, 0, status, entries.size(), positionOfTerm,
                new ListEntries(entries, List.of()), null, List.of());
    }

    public enum Status implements Coded {
        SUCCESS(0), PARTIAL_1(1), PARTIAL_2(2), PARTIAL_3(3), PARTIAL_4(4), PARTIAL_5(5), FAILURE(6);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }

    /** The entries and/or non-surrogate diagnostics; the codec always writes {@code entries}. */
    public record ListEntries(List<ScanEntry> entries, List<DiagRec> nonsurrogateDiagnostics) {
        public ListEntries {
            entries = Lists.copy(entries);
            nonsurrogateDiagnostics = Lists.copy(nonsurrogateDiagnostics);
        }
    }
}
