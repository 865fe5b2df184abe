package org.unigate.sru.client;

import io.vertx.core.Vertx;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.unigate.member.DecodingPool;
import org.unigate.member.MemberSpec;

/**
 * Opens {@link SruMemberClient}s on the gateway's Vert.x instance that share one decoding
 * executor, on which member responses are parsed and their futures completed: the caller's (the
 * engine's CPU pool), or else a bounded pool of the factory's own, started for the first client
 * and shut down after the last one closes.
 */
public final class SruClientFactory {

    static final String DECODING_THREADS = "sru-decoding";

    private final Vertx vertx;
    private final SruLimits limits;
    private final DecodingPool decoding;

    /** A factory decoding on a bounded pool of its own. */
    public SruClientFactory(Vertx vertx, SruLimits limits) {
        this(vertx, limits, DecodingPool.owned(DECODING_THREADS));
    }

    /** A factory decoding on {@code decoding}, which the caller owns and shuts down after the clients are closed. */
    public SruClientFactory(Vertx vertx, SruLimits limits, Executor decoding) {
        this(vertx, limits, DecodingPool.of(decoding));
    }

    private SruClientFactory(Vertx vertx, SruLimits limits, DecodingPool decoding) {
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.decoding = decoding;
    }

    /**
     * A client for one member; no connection is made until its first search.
     *
     * @throws IllegalArgumentException for a missing address, an unknown SRU version or an unreadable index map
     */
    public SruMemberClient open(MemberSpec spec) {
        return new SruMemberClient(spec, vertx, limits, decoding);
    }

    /** Clients now holding the decoding executor (for tests and diagnostics). */
    public int openClients() {
        return decoding.users();
    }
}
