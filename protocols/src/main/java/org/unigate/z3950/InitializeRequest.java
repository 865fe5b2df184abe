package org.unigate.z3950;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.unigate.ber.External;
import org.unigate.ber.Octets;

/**
 * Init request. The charset negotiation proposal travels as one unit of otherInfo; the codec
 * lifts it into {@code charsetProposal} and leaves the other units in {@code otherInfo}.
 */
public record InitializeRequest(
        Octets referenceId,
        Set<ProtocolVersion> protocolVersions,
        Set<InitOption> options,
        int preferredMessageSize,
        int exceptionalRecordSize,
        IdAuthentication idAuthentication,
        String implementationId,
        String implementationName,
        String implementationVersion,
        External userInformationField,
        CharsetProposal charsetProposal,
        List<OtherInfo> otherInfo) implements Apdu {

    public InitializeRequest {
        protocolVersions = Lists.enums(ProtocolVersion.class, protocolVersions);
        options = Lists.enums(InitOption.class, options);
        otherInfo = Lists.copy(otherInfo);
    }

    /** A version 3 request for search, present, scan, sort, deletion and named result sets. */
    public static InitializeRequest of(String implementationName, int messageSize, CharsetProposal charset) {
        Objects.requireNonNull(implementationName, "implementationName");
        return new InitializeRequest(null, EnumSet.allOf(ProtocolVersion.class),
                EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.DELETE_SET, InitOption.SCAN,
                        InitOption.SORT, InitOption.NAMED_RESULT_SETS, InitOption.NEGOTIATION_MODEL),
                messageSize, messageSize, null, null, implementationName, null, null, charset, List.of());
    }
}
