package org.unigate.z3950.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.codec.ApduEncoder;
import org.unigate.z3950.codec.Z3950Codecs;

/**
 * The gateway's Z39.50 listener. Each connection gets: an idle timer, the frame decoder and APDU
 * decoder with the request limits, the APDU encoder, and its {@link SessionHandler}. Closing the
 * server tells every open session (Close, reason shutdown) before it stops.
 */
public final class Z3950Server implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Z3950Server.class);

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ChannelGroup sessions;
    private final Channel listener;

    private Z3950Server(EventLoopGroup boss, EventLoopGroup workers, ChannelGroup sessions, Channel listener) {
        this.boss = boss;
        this.workers = workers;
        this.sessions = sessions;
        this.listener = listener;
    }

    /** Binds the listener; fails (leaving nothing running) if the port cannot be had. */
    public static Z3950Server start(Z3950Service service) {
        Z3950Settings settings = service.settings();
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("z3950-accept"),
                NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(0, new DefaultThreadFactory("z3950-io"),
                NioIoHandler.newFactory());
        ChannelGroup sessions = new DefaultChannelGroup("z3950-sessions", GlobalEventExecutor.INSTANCE);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        pipeline(channel.pipeline(), service, sessions.size() >= settings.maxSessions());
                        sessions.add(channel);
                    }
                });
        ChannelFuture bound = bootstrap.bind(settings.host(), settings.port()).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("Z39.50 listener could not bind " + settings.host() + ":" + settings.port()
                    + ": " + bound.cause().getMessage(), bound.cause());
        }
        Z3950Server server = new Z3950Server(boss, workers, sessions, bound.channel());
        LOG.info("Z39.50 listening on {}:{}", settings.host(), server.port());
        return server;
    }

    /** What each connection runs through; a connection over the session limit is only told to go. */
    static void pipeline(ChannelPipeline pipeline, Z3950Service service, boolean refuse) {
        Z3950Settings settings = service.settings();
        if (refuse) {
            pipeline.addLast(Z3950Codecs.APDU_ENCODER, new ApduEncoder()).addLast(new ChannelInboundHandlerAdapter() {
                @Override
                public void channelActive(ChannelHandlerContext ctx) {
                    ctx.writeAndFlush(Close.of(CloseReason.RESOURCES, "too many sessions; try again later"))
                            .addListener(ChannelFutureListener.CLOSE);
                }
            });
            return;
        }
        pipeline.addLast("idle", new IdleStateHandler(0, 0, settings.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
        Z3950Codecs.install(pipeline, settings.limits());
        pipeline.addLast("session", new SessionHandler(service));
    }

    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** Sessions open now. */
    public int sessions() {
        return sessions.size();
    }

    @Override
    public void close() {
        listener.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        sessions.writeAndFlush(Close.of(CloseReason.SHUTDOWN, "the gateway is shutting down"))
                .awaitUninterruptibly(2, TimeUnit.SECONDS);
        sessions.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
