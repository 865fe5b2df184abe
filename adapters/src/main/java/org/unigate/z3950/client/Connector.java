package org.unigate.z3950.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.ber.Octets;
import org.unigate.z3950.CharsetProposal;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.ProtocolVersion;
import org.unigate.z3950.codec.Z3950Codecs;

/** Opens sessions to one member: TCP connect, codec, then Init proposing UTF-8. */
final class Connector {

    private static final Logger LOG = LoggerFactory.getLogger(Connector.class);

    private final MemberAddress address;
    private final String memberId;
    private final Z3950ClientSettings settings;
    private final Bootstrap bootstrap;

    Connector(EventLoopGroup group, MemberAddress address, String memberId, Z3950ClientSettings settings) {
        this.address = address;
        this.memberId = memberId;
        this.settings = settings;
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        Z3950Codecs.install(ch.pipeline(), settings.limits());
                    }
                });
    }

    CompletableFuture<Session> open(Deadline deadline) {
        CompletableFuture<Session> result = new CompletableFuture<>();
        long millis = deadline.remainingMillis();
        if (millis == 0) {
            result.completeExceptionally(new MemberFailure(MemberFailure.Kind.TIMEOUT, "no time left to connect to " + memberId));
            return result;
        }
        ChannelFuture connecting;
        try {
            connecting = bootstrap.clone()
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, millis))
                    .connect(address.host(), address.port());
        } catch (RuntimeException e) {
            // The group is shutting down.
            result.completeExceptionally(new MemberFailure(MemberFailure.Kind.CLOSED, "cannot connect: " + e.getMessage()));
            return result;
        }
        // A caller that gives up while the connection opens has it closed, not left to finish.
        result.whenComplete((s, e) -> {
            if (result.isCancelled()) {
                connecting.channel().close();
            }
        });
        connecting.addListener(f -> {
            if (f.isSuccess()) {
                init(new Session(connecting.channel(), memberId), deadline, result);
            } else {
                connecting.channel().close();
                result.completeExceptionally(new MemberFailure(MemberFailure.Kind.UNREACHABLE,
                        "cannot connect to " + memberId + " at " + address + ": " + f.cause().getMessage()));
            }
        });
        return result;
    }

    private void init(Session session, Deadline deadline, CompletableFuture<Session> result) {
        session.send(initRequest(), deadline).whenComplete((apdu, error) -> {
            if (error != null) {
                session.channel().close();
                MemberFailure failure = MemberFailure.of(error);
                result.completeExceptionally(failure.kind() == MemberFailure.Kind.DROPPED
                        ? new MemberFailure(MemberFailure.Kind.UNREACHABLE, "Init failed: " + failure.getMessage())
                        : failure);
            } else if (apdu instanceof InitializeResponse init && init.result()) {
                session.negotiated(Negotiated.of(init));
                LOG.debug("member {}: session open to {} ({}), charset {}", memberId, address,
                        init.implementationName(), session.negotiated().charset());
                result.complete(session);
            } else {
                session.channel().close();
                result.completeExceptionally(apdu instanceof InitializeResponse
                        ? new MemberFailure(MemberFailure.Kind.UNREACHABLE, memberId + " refused Init")
                        : new MemberFailure(MemberFailure.Kind.GARBAGE, "expected an Init response from " + memberId
                                + ", got " + apdu.getClass().getSimpleName()));
            }
        });
    }

    private InitializeRequest initRequest() {
        return new InitializeRequest(Octets.utf8("init"), EnumSet.allOf(ProtocolVersion.class),
                EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.DELETE_SET, InitOption.SCAN,
                        InitOption.NAMED_RESULT_SETS, InitOption.NEGOTIATION_MODEL),
                settings.preferredMessageSize(), settings.preferredMessageSize(), null,
                settings.implementationId(), settings.implementationName(), settings.implementationVersion(),
                null, CharsetProposal.utf8(), List.of());
    }
}
