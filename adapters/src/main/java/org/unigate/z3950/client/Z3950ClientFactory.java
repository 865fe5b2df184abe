package org.unigate.z3950.client;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.unigate.member.DecodingPool;
import org.unigate.member.MemberSpec;

/**
 * Opens {@link Z3950MemberClient}s that share one Netty event-loop group, so a consortium of
 * many Z39.50 members costs a few threads, not one per member or request. The group is started
 * when the first client opens and shut down when the last one closes; {@link #shared()} is the
 * factory the gateway registers for {@code protocol: z3950}. The event loops only move bytes:
 * records are decoded, and answers delivered, on a decoding executor, the caller's (the
 * engine's CPU pool) or else a bounded pool of the factory's own, kept as long as the group.
 */
public final class Z3950ClientFactory {

    // The one process-wide default: its only state is the lazily started group and its user count.
    private static final Z3950ClientFactory SHARED = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS);

    /** What each client holds while open. */
    private record Threads(EventLoopGroup loops, Executor decoding) {
    }

    private final Z3950ClientSettings settings;
    private final DecodingPool decoding;
    private EventLoopGroup group;
    private int users;

    /** A factory decoding on a bounded pool of its own. */
    public Z3950ClientFactory(Z3950ClientSettings settings) {
        this(settings, DecodingPool.owned("z3950-decoding"));
    }

    /** A factory decoding on {@code decoding}, which the caller owns and shuts down after the clients are closed. */
    public Z3950ClientFactory(Z3950ClientSettings settings, Executor decoding) {
        this(settings, DecodingPool.of(decoding));
    }

    private Z3950ClientFactory(Z3950ClientSettings settings, DecodingPool decoding) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decoding = decoding;
    }

    public static Z3950ClientFactory shared() {
        return SHARED;
    }

    public Z3950ClientSettings settings() {
        return settings;
    }

    /**
     * A client for one member; no connection is made until its first request.
     *
     * @throws IllegalArgumentException for a bad address, an unreadable record syntax or index map
     */
    public Z3950MemberClient open(MemberSpec spec) {
        Z3950MemberClient.Parts parts = Z3950MemberClient.Parts.of(spec);
        Threads threads = acquire();
        try {
            return new Z3950MemberClient(spec, parts, settings, threads.loops(), threads.decoding(), this::release);
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    /** Clients now holding the group (for tests and diagnostics). */
    public synchronized int openClients() {
        return users;
    }

    private synchronized Threads acquire() {
        if (group == null) {
            group = new MultiThreadIoEventLoopGroup(settings.eventLoopThreads(),
                    new DefaultThreadFactory("z3950-client", true), NioIoHandler.newFactory());
        }
        users++;
        return new Threads(group, decoding.acquire());
    }

    private void release() {
        EventLoopGroup finished = null;
        synchronized (this) {
            if (users > 0 && --users == 0) {
                finished = group;
                group = null;
            }
        }
        decoding.release();
        if (finished != null) {
            // A short quiet period lets the Close APDUs of closing sessions go out first.
            finished.shutdownGracefully(100, 3_000, TimeUnit.MILLISECONDS);
        }
    }
}
