package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;

/** Sort response. */
public record SortResponse(
        Octets referenceId,
        Status sortStatus,
        SetStatus resultSetStatus,
        List<DiagRec> diagnostics,
        Long resultCount,
        List<OtherInfo> otherInfo) implements Apdu {

    public SortResponse {
        Objects.requireNonNull(sortStatus, "sortStatus");
        diagnostics = Lists.copy(diagnostics);
        otherInfo = Lists.copy(otherInfo);
    }

    public enum Status implements Coded {
        SUCCESS, PARTIAL_1, FAILURE;

        @Override
        public int code() {
            return ordinal();
        }
    }

    public enum SetStatus implements Coded {
        EMPTY(1), INTERIM(2), UNCHANGED(3), NONE(4);

        private final int code;

        SetStatus(int code) {
            this.code = code;
        }

        @Override
        public int code() {
            return code;
        }
    }
}
