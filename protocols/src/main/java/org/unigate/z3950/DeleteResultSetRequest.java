package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;

/** Delete-result-set request: the listed sets, or all of them. */
public record DeleteResultSetRequest(
        Octets referenceId,
        Function deleteFunction,
        List<String> resultSetList,
        List<OtherInfo> otherInfo) implements Apdu {

    public DeleteResultSetRequest {
        Objects.requireNonNull(deleteFunction, "deleteFunction");
        resultSetList = Lists.copy(resultSetList);
        otherInfo = Lists.copy(otherInfo);
    }

    public enum Function implements Coded {
        LIST, ALL;

        @Override
        public int code() {
            return ordinal();
        }
    }
}
