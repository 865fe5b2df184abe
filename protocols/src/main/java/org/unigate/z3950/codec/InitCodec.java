package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.External;
import org.unigate.ber.ExternalCodec;
import org.unigate.ber.Octets;
import org.unigate.z3950.CharsetNegotiation;
import org.unigate.z3950.CharsetProposal;
import org.unigate.z3950.CharsetResponse;
import org.unigate.z3950.IdAuthentication;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.OtherInfo;
import org.unigate.z3950.ProtocolVersion;

/**
 * Init request [20] and response [21]. Bits past the last known option or version are
 * ignored, as the standard says. The charset negotiation record is lifted out of otherInfo.
 */
final class InitCodec {

    static final BerTag REQUEST = BerTag.contextConstructed(20).named("initRequest");
    static final BerTag RESPONSE = BerTag.contextConstructed(21).named("initResponse");
    private static final BerTag VERSION = BerTag.context(3).named("protocolVersion");
    private static final BerTag OPTIONS = BerTag.context(4).named("options");
    private static final BerTag MESSAGE_SIZE = BerTag.context(5).named("preferredMessageSize");
    private static final BerTag RECORD_SIZE = BerTag.context(6).named("exceptionalRecordSize");
    private static final BerTag AUTHENTICATION = BerTag.contextConstructed(7).named("idAuthentication");
    private static final BerTag RESULT = BerTag.context(12).named("result");
    private static final BerTag IMPLEMENTATION_ID = BerTag.context(110).named("implementationId");
    private static final BerTag IMPLEMENTATION_NAME = BerTag.context(111).named("implementationName");
    private static final BerTag IMPLEMENTATION_VERSION = BerTag.context(112).named("implementationVersion");
    private static final BerTag USER_INFORMATION = BerTag.contextConstructed(11).named("userInformationField");

    private InitCodec() {
    }

    /** The fields both Init APDUs share, in their order. */
    private record Common(Octets referenceId, Set<ProtocolVersion> versions, Set<InitOption> options,
                          int messageSize, int recordSize) {
    }

    private record Tail(String id, String name, String version, External userInformation,
                        CharsetNegotiation negotiation, List<OtherInfo> otherInfo) {
    }

    static InitializeRequest readRequest(BerReader in) {
        in.enter(REQUEST);
        Common common = readCommon(in);
        IdAuthentication authentication = in.nextIs(AUTHENTICATION) ? AuthenticationCodec.read(in, AUTHENTICATION) : null;
        Tail tail = readTail(in);
        in.leave();
        return new InitializeRequest(common.referenceId, common.versions, common.options, common.messageSize,
                common.recordSize, authentication, tail.id, tail.name, tail.version, tail.userInformation,
                tail.negotiation instanceof CharsetProposal p ? p : null, tail.otherInfo);
    }

    static InitializeResponse readResponse(BerReader in) {
        in.enter(RESPONSE);
        Common common = readCommon(in);
        boolean result = in.readBoolean(RESULT);
        Tail tail = readTail(in);
        in.leave();
        return new InitializeResponse(common.referenceId, common.versions, common.options, common.messageSize,
                common.recordSize, result, tail.id, tail.name, tail.version, tail.userInformation,
                tail.negotiation instanceof CharsetResponse r ? r : null, tail.otherInfo);
    }

    static void writeRequest(BerWriter out, InitializeRequest init) {
        out.begin(REQUEST);
        writeCommon(out, init.referenceId(), init.protocolVersions(), init.options(), init.preferredMessageSize(),
                init.exceptionalRecordSize());
        if (init.idAuthentication() != null) {
            AuthenticationCodec.write(out, AUTHENTICATION, init.idAuthentication());
        }
        writeTail(out, new Tail(init.implementationId(), init.implementationName(), init.implementationVersion(),
                init.userInformationField(), init.charsetProposal(), init.otherInfo()));
        out.end();
    }

    static void writeResponse(BerWriter out, InitializeResponse init) {
        out.begin(RESPONSE);
        writeCommon(out, init.referenceId(), init.protocolVersions(), init.options(), init.preferredMessageSize(),
                init.exceptionalRecordSize());
        out.writeBoolean(RESULT, init.result());
        writeTail(out, new Tail(init.implementationId(), init.implementationName(), init.implementationVersion(),
                init.userInformationField(), init.charsetResponse(), init.otherInfo()));
        out.end();
    }

    private static Common readCommon(BerReader in) {
        Octets referenceId = Fields.readReferenceId(in);
        Set<ProtocolVersion> versions = bitsToSet(in.readBits(VERSION), ProtocolVersion.class);
        Set<InitOption> options = bitsToSet(in.readBits(OPTIONS), InitOption.class);
        return new Common(referenceId, versions, options, in.readInt(MESSAGE_SIZE), in.readInt(RECORD_SIZE));
    }

    private static void writeCommon(BerWriter out, Octets referenceId, Set<ProtocolVersion> versions,
                                    Set<InitOption> options, int messageSize, int recordSize) {
        Fields.writeReferenceId(out, referenceId);
        writeBits(out, VERSION, versions);
        writeBits(out, OPTIONS, options);
        out.writeInteger(MESSAGE_SIZE, messageSize);
        out.writeInteger(RECORD_SIZE, recordSize);
    }

    private static Tail readTail(BerReader in) {
        String id = Fields.optionalString(in, IMPLEMENTATION_ID);
        String name = Fields.optionalString(in, IMPLEMENTATION_NAME);
        String version = Fields.optionalString(in, IMPLEMENTATION_VERSION);
        External userInformation = null;
        if (in.nextIs(USER_INFORMATION)) {
            in.enter(USER_INFORMATION);
            userInformation = ExternalCodec.read(in);
            in.leave();
        }
        CharsetNegotiation negotiation = null;
        List<OtherInfo> otherInfo = new ArrayList<>();
        for (OtherInfo unit : OtherInfoCodec.readOptional(in, Fields.OTHER_INFO)) {
            if (negotiation == null && unit.information() instanceof OtherInfo.ExternallyDefinedInfo e
                    && CharsetCodec.isNegotiation(e.external())) {
                negotiation = CharsetCodec.read(in, e.external());
            } else {
                otherInfo.add(unit);
            }
        }
        return new Tail(id, name, version, userInformation, negotiation, otherInfo);
    }

    private static void writeTail(BerWriter out, Tail tail) {
        Fields.writeString(out, IMPLEMENTATION_ID, tail.id);
        Fields.writeString(out, IMPLEMENTATION_NAME, tail.name);
        Fields.writeString(out, IMPLEMENTATION_VERSION, tail.version);
        if (tail.userInformation != null) {
            out.begin(USER_INFORMATION);
            ExternalCodec.write(out, tail.userInformation);
            out.end();
        }
        List<OtherInfo> units = new ArrayList<>(tail.otherInfo);
        if (tail.negotiation != null) {
            units.add(OtherInfo.of(new OtherInfo.ExternallyDefinedInfo(CharsetCodec.toExternal(tail.negotiation))));
        }
        OtherInfoCodec.write(out, Fields.OTHER_INFO, units);
    }

    private static <E extends Enum<E> & org.unigate.z3950.Coded> Set<E> bitsToSet(BitSet bits, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (bits.get(value.code())) {
                set.add(value);
            }
        }
        return set;
    }

    private static <E extends Enum<E> & org.unigate.z3950.Coded> void writeBits(BerWriter out, BerTag tag, Set<E> values) {
        BitSet bits = new BitSet();
        int count = 0;
        for (E value : values) {
            bits.set(value.code());
            count = Math.max(count, value.code() + 1);
        }
        out.writeBits(tag, bits, count);
    }
}
