package org.unigate.z3950.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.EncoderException;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.rpn.RpnQuery;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.codec.DecodeFailures;

/**
 * One Z39.50 association with a member: a connection that has passed Init. Z39.50 without
 * concurrent operations allows one request at a time, so a session is lent to one operation
 * at a time by its {@link SessionPool}; {@link #send} refuses a second outstanding request.
 * Each request has a deadline: when it passes, the connection is closed, since a late answer
 * would otherwise be taken for the next request's.
 */
final class Session {

    static final String HANDLER = "z3950-session";

    /** A named result set on the member and the query that made it. */
    record ResultSet(String name, RpnQuery query, long hits) {
    }

    private final Channel channel;
    private final String memberId;
    private final Exchanges exchanges = new Exchanges();
    private volatile Negotiated negotiated = Negotiated.NONE;
    private volatile ResultSet resultSet;
    private volatile long idleSince = System.nanoTime();

    Session(Channel channel, String memberId) {
        this.channel = channel;
        this.memberId = memberId;
        channel.pipeline().addLast(HANDLER, exchanges);
    }

    /** Sends one request and completes with the member's answer or a {@link MemberFailure}. */
    CompletableFuture<Apdu> send(Apdu request, Deadline deadline) {
        CompletableFuture<Apdu> result = new CompletableFuture<>();
        try {
            channel.eventLoop().execute(() -> exchanges.start(request, result, deadline));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new MemberFailure(MemberFailure.Kind.CLOSED, "client is shutting down"));
        }
        return result;
    }

    boolean isActive() {
        return channel.isActive();
    }

    /** Ends the association politely: Close(finished), then the connection. */
    void close() {
        if (channel.isActive()) {
            channel.writeAndFlush(Close.of(CloseReason.FINISHED, null)).addListener(ChannelFutureListener.CLOSE);
        } else {
            channel.close();
        }
    }

    /**
     * Drops the connection at once, whatever it is doing: for a request nobody will wait for,
     * which Z39.50 has no way to call back. The outstanding request fails as dropped.
     */
    void abort() {
        channel.close();
    }

    /** Completes once the connection is closed. */
    CompletableFuture<Void> closed() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        channel.closeFuture().addListener(f -> done.complete(null));
        return done;
    }

    Negotiated negotiated() {
        return negotiated;
    }

    void negotiated(Negotiated value) {
        this.negotiated = value;
    }

    ResultSet resultSet() {
        return resultSet;
    }

    void resultSet(ResultSet value) {
        this.resultSet = value;
    }

    long idleSince() {
        return idleSince;
    }

    void markIdle() {
        idleSince = System.nanoTime();
    }

    Channel channel() {
        return channel;
    }

    /** The one outstanding request and its timer; touched only on the channel's event loop. */
    private final class Exchanges extends SimpleChannelInboundHandler<Apdu> {
        private CompletableFuture<Apdu> pending;
        private ScheduledFuture<?> timer;

        Exchanges() {
            super(Apdu.class);
        }

        void start(Apdu request, CompletableFuture<Apdu> result, Deadline deadline) {
            if (pending != null) {
                result.completeExceptionally(new IllegalStateException("session " + channel + " already has a request"));
                return;
            }
            if (!channel.isActive()) {
                result.completeExceptionally(new MemberFailure(MemberFailure.Kind.DROPPED, "connection to " + memberId + " is closed"));
                return;
            }
            long millis = deadline.remainingMillis();
            if (millis == 0) {
                result.completeExceptionally(timeout(deadline));
                return;
            }
            pending = result;
            timer = channel.eventLoop().schedule(() -> {
                fail(timeout(deadline));
                channel.close();
            }, millis, TimeUnit.MILLISECONDS);
            channel.writeAndFlush(request).addListener(f -> {
                if (!f.isSuccess()) {
                    writeFailed(f.cause());
                }
            });
        }

        private MemberFailure timeout(Deadline deadline) {
            return new MemberFailure(MemberFailure.Kind.TIMEOUT,
                    "no answer from " + memberId + " within " + deadline.budget().toMillis() + " ms");
        }

        private void writeFailed(Throwable cause) {
            if (cause instanceof EncoderException) {
                // Our request could not be encoded; the connection itself is untouched.
                fail(new MemberFailure(new Diagnostic(Condition.QUERY_FEATURE_UNSUPPORTED, rootMessage(cause), null)));
            } else {
                fail(new MemberFailure(MemberFailure.Kind.DROPPED, "sending to " + memberId + " failed: " + rootMessage(cause)));
                channel.close();
            }
        }

        private void fail(MemberFailure failure) {
            CompletableFuture<Apdu> p = pending;
            clear();
            if (p != null) {
                p.completeExceptionally(failure);
            }
        }

        private void clear() {
            pending = null;
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Apdu apdu) {
            if (apdu instanceof Close close) {
                fail(new MemberFailure(MemberFailure.Kind.DROPPED, memberId + " closed the association ("
                        + close.closeReason().name().toLowerCase(java.util.Locale.ROOT)
                        + (close.diagnosticInformation() == null ? "" : ": " + close.diagnosticInformation()) + ")"));
                ctx.close();
                return;
            }
            CompletableFuture<Apdu> p = pending;
            if (p == null) {
                // Nothing asked: an answer to nothing means we and the member no longer agree.
                ctx.close();
                return;
            }
            clear();
            p.complete(apdu);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            fail(new MemberFailure(MemberFailure.Kind.DROPPED, "connection to " + memberId + " closed"));
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof DecoderException) {
                fail(new MemberFailure(MemberFailure.Kind.GARBAGE, memberId + " sent an undecodable PDU: " + rootMessage(cause)));
                Close close = DecodeFailures.closeFor(cause);
                if (close != null && ctx.channel().isActive()) {
                    ctx.writeAndFlush(close).addListener(ChannelFutureListener.CLOSE);
                    return;
                }
            } else {
                fail(new MemberFailure(MemberFailure.Kind.DROPPED, "connection to " + memberId + " failed: " + rootMessage(cause)));
            }
            ctx.close();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
