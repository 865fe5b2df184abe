package org.unigate.z3950.server;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.z3950.CharacterSet;
import org.unigate.z3950.CharsetProposal;
import org.unigate.z3950.CharsetResponse;
import org.unigate.z3950.IdAuthentication;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.ProtocolVersion;

/**
 * Init: versions 2 and 3, the services Unigate offers, message sizes within the server's bounds,
 * any authentication (none is configured yet; the user is kept for the logs), and UTF-8 when the
 * client proposes it. Records are UTF-8 MARC whatever is negotiated, since that is all the
 * gateway holds; the negotiation only tells the client so.
 */
final class InitOperation {

    static final String IMPLEMENTATION_ID = "Unigate";
    static final String IMPLEMENTATION_NAME = "Unigate union catalogue gateway";
    static final Set<InitOption> OFFERED = EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.DELETE_SET,
            InitOption.SCAN, InitOption.SORT, InitOption.NAMED_RESULT_SETS, InitOption.NEGOTIATION_MODEL);

    /** Smaller preferred sizes are raised to this: no MARC record fits in less. */
    static final int MIN_MESSAGE_SIZE = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(InitOperation.class);

    private final int maxMessageSize;
    private final String version;

    InitOperation(int maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
        String v = InitOperation.class.getPackage().getImplementationVersion();
        this.version = v == null ? "dev" : v;
    }

    InitializeResponse answer(Session session, InitializeRequest request) {
        Set<ProtocolVersion> versions = EnumSet.noneOf(ProtocolVersion.class);
        versions.addAll(request.protocolVersions());
        versions.retainAll(EnumSet.of(ProtocolVersion.V1, ProtocolVersion.V2, ProtocolVersion.V3));
        if (versions.isEmpty()) {
            return response(request, versions, EnumSet.noneOf(InitOption.class), 0, 0, false, null);
        }
        boolean v3 = versions.contains(ProtocolVersion.V3);
        Set<InitOption> options = EnumSet.noneOf(InitOption.class);
        options.addAll(request.options());
        options.retainAll(OFFERED);
        int messageSize = grant(request.preferredMessageSize());
        int recordSize = Math.max(messageSize, grant(request.exceptionalRecordSize()));
        CharsetResponse charset = v3 ? charset(request.charsetProposal()) : null;
        if (charset == null) {
            options.remove(InitOption.NEGOTIATION_MODEL);
        }
        String user = user(request.idAuthentication());
        session.agree(new Session.Agreed(v3, messageSize, recordSize, user));
        LOG.debug("init from {} {} as {}: v3={}, message size {}, record size {}, utf-8={}",
                request.implementationName(), request.implementationVersion(), user, v3, messageSize, recordSize,
                charset != null);
        return response(request, versions, options, messageSize, recordSize, true, charset);
    }

    private InitializeResponse response(InitializeRequest request, Set<ProtocolVersion> versions,
                                       Set<InitOption> options, int messageSize, int recordSize, boolean result,
                                       CharsetResponse charset) {
        return new InitializeResponse(request.referenceId(), versions, options, messageSize, recordSize, result,
                IMPLEMENTATION_ID, IMPLEMENTATION_NAME, version, null, charset, List.of());
    }

    /** The client's size if it gave one, within the server's bounds. */
    private int grant(int proposed) {
        if (proposed <= 0) {
            return maxMessageSize;
        }
        return Math.max(MIN_MESSAGE_SIZE, Math.min(proposed, maxMessageSize));
    }

    private static CharsetResponse charset(CharsetProposal proposal) {
        if (proposal == null || !(proposal.offers("UTF-8") || proposal.offers("UTF8"))) {
            return null;
        }
        return CharsetResponse.accept(CharacterSet.utf8(), proposal);
    }

    /** Who the client says it is, for the logs; passwords never leave here. */
    private static String user(IdAuthentication authentication) {
        String user = null;
        if (authentication instanceof IdAuthentication.Open open) {
            int slash = open.value().indexOf('/');
            user = slash < 0 ? open.value() : open.value().substring(0, slash);
        } else if (authentication instanceof IdAuthentication.IdPass idPass) {
            user = idPass.userId();
        }
        if (user == null || user.isBlank()) {
            return "anonymous";
        }
        return user.length() > 64 ? user.substring(0, 64) + "..." : user;
    }
}
