package org.unigate.ber;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits a TCP stream into complete BER PDUs (definite or indefinite length), emitting each as
 * a retained slice. Nothing is buffered past {@link BerLimits#maxPduSize()} plus one read, and a
 * PDU is rejected as soon as its header or structure shows it cannot be valid (primitive first
 * element, oversized length, too deep, too many elements). After the first
 * {@link BerException} the stream cannot be resynchronised, so every later byte is discarded:
 * the handler is expected to answer with a Close and close the channel.
 */
public final class BerFrameDecoder extends ByteToMessageDecoder {

    private final BerScanner scanner;
    private boolean failed;

    public BerFrameDecoder(BerLimits limits) {
        this.scanner = new BerScanner(limits);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            if (!scanner.inProgress() && in.isReadable() && (in.getByte(in.readerIndex()) & 0x20) == 0) {
                throw new BerException(BerException.Problem.NOT_A_PDU,
                        String.format("first octet 0x%02x is a primitive element", in.getByte(in.readerIndex()) & 0xff));
            }
            int length = scanner.scan(in);
            if (length >= 0) {
                out.add(in.readRetainedSlice(length));
            }
        } catch (BerException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }
}
