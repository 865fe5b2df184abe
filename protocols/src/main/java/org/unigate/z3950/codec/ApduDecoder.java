package org.unigate.z3950.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import org.unigate.ber.BerLimits;

/**
 * Turns each PDU from {@link org.unigate.ber.BerFrameDecoder} into an {@link org.unigate.z3950.Apdu}.
 * Bad PDUs raise {@link org.unigate.ber.BerException} (see {@link DecodeFailures} for the Close
 * to answer with).
 *
 * <p>Lenient, because real peers do these: strings that are not UTF-8 are read as ISO-8859-1;
 * a DefaultDiagFormat without addinfo; {@code open} authentication as GeneralString; SUTRS
 * octet-aligned; CQL octet-aligned; option and version bits past the known ones; non-minimal
 * integer and length encodings and segmented strings. APDU types Unigate does not implement
 * decode to {@link org.unigate.z3950.UnsupportedApdu}, and queries it cannot represent to
 * {@link org.unigate.z3950.Z3950Query.Unsupported}, so a server can answer them.
 */
public final class ApduDecoder extends MessageToMessageDecoder<ByteBuf> {

    private final BerLimits limits;

    public ApduDecoder(BerLimits limits) {
        super(ByteBuf.class);
        this.limits = limits;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf pdu, List<Object> out) {
        out.add(ApduCodec.decode(pdu, limits));
    }
}
