package org.unigate.z3950.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerFrameDecoder;
import org.unigate.ber.BerLimits;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.codec.ApduCodec;
import org.unigate.z3950.codec.ApduDecoder;

/**
 * A blocking Z39.50 client for tests: a plain socket for I/O, and the real frame and APDU
 * decoders (in an embedded channel) for whatever TCP delivers, however it is split.
 */
public final class Z3950TestClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final EmbeddedChannel decoder;
    private final byte[] chunk = new byte[8192];
    private final List<byte[]> frames = new ArrayList<>();

    private Z3950TestClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.decoder = new EmbeddedChannel(new BerFrameDecoder(BerLimits.DEFAULT), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                frames.add(ByteBufUtil.getBytes((ByteBuf) msg));
                ctx.fireChannelRead(msg);
            }
        }, new ApduDecoder(BerLimits.DEFAULT));
    }

    public static Z3950TestClient connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(10_000);
        return new Z3950TestClient(socket);
    }

    public void send(Apdu apdu) throws IOException {
        sendRaw(ApduCodec.encode(apdu));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends a request and returns the next APDU the peer sends. */
    @SuppressWarnings("unchecked")
    public <T extends Apdu> T exchange(Apdu request) throws IOException {
        send(request);
        return (T) receive();
    }

    public Apdu receive() throws IOException {
        while (true) {
            Object decoded = decoder.readInbound();
            if (decoded != null) {
                return (Apdu) decoded;
            }
            int n = in.read(chunk);
            if (n < 0) {
                throw new EOFException("peer closed the connection");
            }
            decoder.writeInbound(Unpooled.copiedBuffer(chunk, 0, n));
        }
    }

    /** Every PDU received so far, byte for byte. */
    public List<byte[]> frames() {
        return List.copyOf(frames);
    }

    /** True if the peer closes the connection without sending anything more. */
    public boolean peerClosed() throws IOException {
        return in.read() < 0;
    }

    @Override
    public void close() throws IOException {
        decoder.finishAndReleaseAll();
        socket.close();
    }
}
