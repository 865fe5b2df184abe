package org.unigate.z3950.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.UnsupportedApdu;
import org.unigate.z3950.codec.DecodeFailures;

/**
 * One Z39.50 association. Requests are answered strictly in order, one at a time (Unigate does
 * not offer concurrent operations): each waits for the one before it, and its response is
 * written from the channel's event loop. Init must come first and only once; a Close is
 * answered with a Close and ends the association; anything else that is not a request, or
 * that cannot be decoded, ends it with a Close saying why. The association also ends when it
 * has been idle too long (no request, nothing in progress), when it has lived too long, or when
 * a client sends too many requests ahead of their answers. Nothing a client sends escapes this
 * handler as an exception.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

    private final Z3950Service service;
    private final Z3950Settings settings;
    private Session session;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
    /** Requests received but not yet answered; event loop only. */
    private int pending;
    private volatile boolean closing;
    private ScheduledFuture<?> lifetime;

    SessionHandler(Z3950Service service) {
        this.service = service;
        this.settings = service.settings();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        session = service.newSession();
        if (ctx.channel().isActive()) {
            startLifetime(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        startLifetime(ctx);
        super.channelActive(ctx);
    }

    private void startLifetime(ChannelHandlerContext ctx) {
        if (lifetime == null) {
            lifetime = ctx.executor().schedule(() -> end(ctx, Close.of(CloseReason.RESOURCES, "session time limit of "
                    + settings.sessionTimeout().toSeconds() + " s reached")),
                    settings.sessionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        closing = true;
        if (lifetime != null) {
            lifetime.cancel(false);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Apdu apdu)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (closing) {
            return;
        }
        if (++pending > settings.maxPendingRequests()) {
            end(ctx, Close.of(CloseReason.RESOURCES, "more than " + settings.maxPendingRequests()
                    + " requests waiting for answers"));
            return;
        }
        tail = tail.thenCompose(v -> respond(apdu))
                .exceptionally(error -> {
                    LOG.warn("Z39.50 request {} failed", apdu.getClass().getSimpleName(), error);
                    return Close.of(CloseReason.SYSTEM_PROBLEM, "internal error");
                })
                .thenAcceptAsync(response -> deliver(ctx, response), ctx.executor());
    }

    /** The answer to one request, or null when there is nothing to send (the session is ending). */
    private CompletableFuture<Apdu> respond(Apdu request) {
        if (closing) {
            return CompletableFuture.completedFuture(null);
        }
        if (request instanceof InitializeRequest && session.initialised()) {
            return done(Close.of(CloseReason.PROTOCOL_ERROR, "Init was already done"));
        }
        if (!(request instanceof InitializeRequest) && !session.initialised()) {
            return done(Close.of(CloseReason.PROTOCOL_ERROR, "the first request must be Init"));
        }
        if (request instanceof Close close) {
            return done(new Close(close.referenceId(), CloseReason.FINISHED, "bye", null, null, List.of()));
        }
        CompletableFuture<? extends Apdu> answer = service.answer(session, request);
        if (answer == null) {
            String what = request instanceof UnsupportedApdu u ? "APDU [" + u.tag() + "]" : request.getClass().getSimpleName();
            return done(Close.of(CloseReason.PROTOCOL_ERROR, what + " is not a request this server answers"));
        }
        return answer.thenApply(a -> a);
    }

    private static CompletableFuture<Apdu> done(Apdu apdu) {
        return CompletableFuture.completedFuture(apdu);
    }

    private void deliver(ChannelHandlerContext ctx, Apdu response) {
        pending--;
        if (response == null || closing || !ctx.channel().isActive()) {
            return;
        }
        if (response instanceof Close close) {
            end(ctx, close);
        } else if (response instanceof InitializeResponse init && !init.result()) {
            closing = true;
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.writeAndFlush(response).addListener((ChannelFutureListener) f -> {
                if (!f.isSuccess()) {
                    LOG.warn("could not send {}; closing the session", response.getClass().getSimpleName(), f.cause());
                    f.channel().close();
                }
            });
        }
    }

    /** Sends a Close and ends the association (once). */
    private void end(ChannelHandlerContext ctx, Close close) {
        if (closing) {
            return;
        }
        closing = true;
        LOG.debug("closing Z39.50 session {}: {} {}", ctx.channel().remoteAddress(), close.closeReason(),
                close.diagnosticInformation());
        ctx.writeAndFlush(close).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent) {
            if (pending == 0) {
                end(ctx, Close.of(CloseReason.LACK_OF_ACTIVITY,
                        "idle for " + settings.idleTimeout().toSeconds() + " s"));
            }
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Close close = DecodeFailures.closeFor(cause);
        if (close != null) {
            LOG.debug("bad input from {}: {}", ctx.channel().remoteAddress(), cause.getMessage());
            end(ctx, close);
        } else if (cause instanceof IOException) {
            LOG.debug("connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
            closing = true;
            ctx.close();
        } else {
            LOG.warn("Z39.50 session {} failed", ctx.channel().remoteAddress(), cause);
            end(ctx, Close.of(CloseReason.SYSTEM_PROBLEM, "internal error"));
        }
    }
}
