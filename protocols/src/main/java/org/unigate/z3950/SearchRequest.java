package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;

/** Search request. */
public record SearchRequest(
        Octets referenceId,
        int smallSetUpperBound,
        int largeSetLowerBound,
        int mediumSetPresentNumber,
        boolean replaceIndicator,
        String resultSetName,
        List<String> databaseNames,
        ElementSetNames smallSetElementSetNames,
        ElementSetNames mediumSetElementSetNames,
        Oid preferredRecordSyntax,
        Z3950Query query,
        List<OtherInfo> additionalSearchInfo,
        List<OtherInfo> otherInfo) implements Apdu {

    public SearchRequest {
        Objects.requireNonNull(resultSetName, "resultSetName");
        databaseNames = List.copyOf(databaseNames);
        Objects.requireNonNull(query, "query");
        additionalSearchInfo = Lists.copy(additionalSearchInfo);
        otherInfo = Lists.copy(otherInfo);
    }

    /** A search that returns no records piggybacked (yaz-client's default bounds). */
    public static SearchRequest of(String resultSetName, List<String> databaseNames, Z3950Query query) {
        return new SearchRequest(null, 0, 1, 0, true, resultSetName, databaseNames, null, null, null, query,
                List.of(), List.of());
    }
}
