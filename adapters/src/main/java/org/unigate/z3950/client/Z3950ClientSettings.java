package org.unigate.z3950.client;

import java.time.Duration;
import java.util.Objects;
import org.unigate.ber.BerLimits;

/**
 * How the Z39.50 member client behaves towards every member: what it says about itself in Init,
 * how much it accepts per PDU and per response, and how its session pools are sized.
 *
 * @param preferredMessageSize  offered in Init; members fit present responses into it
 * @param limits                hard bounds on one PDU read from a member
 * @param maxRecordsPerResponse a search asking for more gets this many
 * @param poolSize              sessions kept open per member at most
 * @param idleTimeout           an idle session is closed after this long
 * @param maxWaiting            requests that may queue per member while every session is busy
 * @param eventLoopThreads      threads of the event-loop group all members share
 */
public record Z3950ClientSettings(
        String implementationId,
        String implementationName,
        String implementationVersion,
        int preferredMessageSize,
        BerLimits limits,
        int maxRecordsPerResponse,
        int poolSize,
        Duration idleTimeout,
        int maxWaiting,
        int eventLoopThreads) {

    public static final Z3950ClientSettings DEFAULTS = new Z3950ClientSettings(
            "Unigate", "Unigate federated gateway", "0.1", 4 * 1024 * 1024, BerLimits.DEFAULT,
            100, 4, Duration.ofSeconds(60), 256, Math.min(4, Runtime.getRuntime().availableProcessors()));

    public Z3950ClientSettings {
        Objects.requireNonNull(implementationName, "implementationName");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (preferredMessageSize < 1024 || preferredMessageSize > limits.maxPduSize()) {
            throw new IllegalArgumentException("preferredMessageSize must be 1024.." + limits.maxPduSize());
        }
        if (maxRecordsPerResponse < 1 || poolSize < 1 || maxWaiting < 0 || eventLoopThreads < 1) {
            throw new IllegalArgumentException("record cap, pool size and threads must be positive");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
    }

    public Z3950ClientSettings withPool(int newPoolSize, Duration newIdleTimeout, int newMaxWaiting) {
        return new Z3950ClientSettings(implementationId, implementationName, implementationVersion, preferredMessageSize,
                limits, maxRecordsPerResponse, newPoolSize, newIdleTimeout, newMaxWaiting, eventLoopThreads);
    }

    public Z3950ClientSettings withLimits(BerLimits newLimits, int newMessageSize, int newMaxRecords) {
        return new Z3950ClientSettings(implementationId, implementationName, implementationVersion, newMessageSize,
                newLimits, newMaxRecords, poolSize, idleTimeout, maxWaiting, eventLoopThreads);
    }
}
