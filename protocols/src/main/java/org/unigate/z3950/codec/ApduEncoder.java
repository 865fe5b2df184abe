package org.unigate.z3950.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import org.unigate.z3950.Apdu;

/**
 * Encodes {@link Apdu}s as BER with definite lengths. Uses heap buffers: the writer fills in
 * constructed lengths after the fact and moves contents within the array when needed.
 */
public final class ApduEncoder extends MessageToByteEncoder<Apdu> {

    public ApduEncoder() {
        super(Apdu.class, false);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Apdu apdu, ByteBuf out) {
        ApduCodec.encode(apdu, out);
    }
}
