package org.unigate.z3950.testing;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.unigate.ber.BerLimits;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Close;
import org.unigate.z3950.codec.DecodeFailures;
import org.unigate.z3950.codec.Z3950Codecs;

/**
 * A Z39.50 server for tests, built on the codec: it records every APDU it decodes, answers
 * each with {@code responder}'s APDU (a Close ends the connection), and answers undecodable
 * input with the Close {@link DecodeFailures} chooses.
 */
public final class Z3950TestServer implements AutoCloseable {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final List<Apdu> received = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final List<byte[]> frames = new CopyOnWriteArrayList<>();
    private final Channel channel;

    public Z3950TestServer(Function<Apdu, Apdu> responder) throws InterruptedException {
        channel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        Z3950Codecs.install(ch.pipeline(), BerLimits.REQUESTS).addLast(new Handler(responder));
                        ch.pipeline().addAfter(Z3950Codecs.FRAME_DECODER, "capture", new FrameCapture());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public List<Apdu> received() {
        return List.copyOf(received);
    }

    /** The PDUs as they arrived, byte for byte, in the order of {@link #received()}. */
    public List<byte[]> frames() {
        return List.copyOf(frames);
    }

    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class FrameCapture extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof ByteBuf frame) {
                frames.add(ByteBufUtil.getBytes(frame));
            }
            ctx.fireChannelRead(msg);
        }
    }

    private final class Handler extends SimpleChannelInboundHandler<Apdu> {
        private final Function<Apdu, Apdu> responder;

        Handler(Function<Apdu, Apdu> responder) {
            this.responder = responder;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Apdu apdu) {
            received.add(apdu);
            Apdu answer = responder.apply(apdu);
            if (answer instanceof Close) {
                ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
            } else if (answer != null) {
                ctx.writeAndFlush(answer);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failures.add(cause);
            Close close = DecodeFailures.closeFor(cause);
            if (close != null && ctx.channel().isActive()) {
                ctx.writeAndFlush(close).addListener(ChannelFutureListener.CLOSE);
            } else {
                ctx.close();
            }
        }
    }
}
