package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;

/** Sort request: input result sets, the output set's name and the keys. */
public record SortRequest(
        Octets referenceId,
        List<String> inputResultSetNames,
        String sortedResultSetName,
        List<SortKeySpec> sortSequence,
        List<OtherInfo> otherInfo) implements Apdu {

    public SortRequest {
        inputResultSetNames = List.copyOf(inputResultSetNames);
        Objects.requireNonNull(sortedResultSetName, "sortedResultSetName");
        sortSequence = List.copyOf(sortSequence);
        otherInfo = Lists.copy(otherInfo);
    }
}
