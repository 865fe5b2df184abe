package org.unigate.z3950;

import java.util.List;
import java.util.Set;
import org.unigate.ber.External;
import org.unigate.ber.Octets;

/** Init response; {@code result} false rejects the association. */
public record InitializeResponse(
        Octets referenceId,
        Set<ProtocolVersion> protocolVersions,
        Set<InitOption> options,
        int preferredMessageSize,
        int exceptionalRecordSize,
        boolean result,
        String implementationId,
        String implementationName,
        String implementationVersion,
        External userInformationField,
        CharsetResponse charsetResponse,
        List<OtherInfo> otherInfo) implements Apdu {

    public InitializeResponse {
        protocolVersions = Lists.enums(ProtocolVersion.class, protocolVersions);
        options = Lists.enums(InitOption.class, options);
        otherInfo = Lists.copy(otherInfo);
    }

    /** The highest version both sides set, or null if none (the response must then reject). */
    public static ProtocolVersion highestCommon(Set<ProtocolVersion> ours, Set<ProtocolVersion> theirs) {
        ProtocolVersion best = null;
        for (ProtocolVersion v : ours) {
            if (theirs.contains(v)) {
                best = v;
            }
        }
        return best;
    }
}
