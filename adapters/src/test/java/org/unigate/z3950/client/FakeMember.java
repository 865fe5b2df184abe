package org.unigate.z3950.client;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.unigate.ber.BerLimits;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.codec.Z3950Codecs;

/**
 * An in-process Z39.50 member on a loopback port, built on the shared codec. A {@link FakeCatalogue}
 * answers as a well-behaved target would; a script can replace any answer with a drop, silence,
 * raw bytes or another APDU. It counts connections, records every request with the
 * connection it came on, and which connections ended.
 */
final class FakeMember implements AutoCloseable {

    /** What the member does with one request. */
    sealed interface Action permits Reply, Drop, Silence, Raw {
    }

    record Reply(Apdu apdu) implements Action {
    }

    /** Closes the connection without a word. */
    record Drop() implements Action {
    }

    /** Never answers. */
    record Silence() implements Action {
    }

    /** Writes these bytes as the answer. */
    record Raw(byte[] bytes) implements Action {
    }

    /** One request as the script sees it: the APDU, the 1-based connection number, the catalogue's answer. */
    record Request(Apdu apdu, int connection, FakeCatalogue catalogue) {
        Action standard() {
            return new Reply(catalogue.answer(apdu, connection));
        }
    }

    record Received(int connection, Apdu apdu) {
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final FakeCatalogue catalogue;
    private final Function<Request, Action> script;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Integer> closed = new CopyOnWriteArrayList<>();
    private final Channel server;

    private FakeMember(FakeCatalogue catalogue, Function<Request, Action> script) throws InterruptedException {
        this.catalogue = catalogue;
        this.script = script;
        this.server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        Z3950Codecs.install(ch.pipeline(), BerLimits.DEFAULT).addLast(new Handler(connections.incrementAndGet()));
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    static FakeMember start(FakeCatalogue catalogue) throws InterruptedException {
        return new FakeMember(catalogue, Request::standard);
    }

    static FakeMember start(FakeCatalogue catalogue, Function<Request, Action> script) throws InterruptedException {
        return new FakeMember(catalogue, script);
    }

    String address() {
        return "127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Connections open now. */
    int openConnections() {
        return open.get();
    }

    /** The connections that have ended, by number, in the order the member saw them end. */
    List<Integer> closedConnections() {
        return List.copyOf(closed);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests of one APDU type, in arrival order. */
    <T extends Apdu> List<T> received(Class<T> type) {
        return received.stream().map(Received::apdu).filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        try {
            server.close().sync();
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).sync();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Handler extends SimpleChannelInboundHandler<Apdu> {
        private final int connection;

        Handler(int connection) {
            this.connection = connection;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            open.incrementAndGet();
            super.channelActive(ctx);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            open.decrementAndGet();
            closed.add(connection);
            super.channelInactive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Apdu apdu) {
            received.add(new Received(connection, apdu));
            if (apdu instanceof Close) {
                ctx.writeAndFlush(Close.of(CloseReason.FINISHED, null)).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            Action action = script.apply(new Request(apdu, connection, catalogue));
            if (action instanceof Reply reply) {
                ctx.writeAndFlush(reply.apdu());
            } else if (action instanceof Raw raw) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(raw.bytes()));
            } else if (action instanceof Drop) {
                ctx.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
