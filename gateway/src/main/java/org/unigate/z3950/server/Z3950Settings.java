package org.unigate.z3950.server;

import java.time.Duration;
import java.util.Objects;
import org.unigate.ber.BerLimits;
import org.unigate.config.ServerSettings;

/**
 * How the Z39.50 front end listens and what it allows one client.
 *
 * @param port               0 picks a free port (tests)
 * @param idleTimeout        a session with no request for this long is closed (lackOfActivity)
 * @param sessionTimeout     no session lives longer than this
 * @param maxRecords         the most records one present (or piggy-backed search) returns, and
 *                           the most terms one scan returns
 * @param maxMessageSize     the largest preferred-message-size and exceptional-record-size granted
 * @param maxSessions        connections beyond this are closed at once with {@code resources}
 * @param maxResultSets      named result sets one session may hold
 * @param maxPendingRequests requests a client may send ahead of their answers before it is cut off
 * @param limits             bounds on each incoming PDU
 */
public record Z3950Settings(String host, int port, Duration idleTimeout, Duration sessionTimeout, int maxRecords,
                            int maxMessageSize, int maxSessions, int maxResultSets, int maxPendingRequests,
                            BerLimits limits) {

    public static final int DEFAULT_MAX_MESSAGE_SIZE = 8 * 1024 * 1024;

    public Z3950Settings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || sessionTimeout.isNegative() || sessionTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxRecords < 1 || maxMessageSize < 1024 || maxSessions < 1 || maxResultSets < 1 || maxPendingRequests < 1) {
            throw new IllegalArgumentException("limits must be positive (message size at least 1024)");
        }
    }

    /** The configured listener, with defaults for what the configuration does not say. */
    public static Z3950Settings from(ServerSettings server) {
        return new Z3950Settings(server.host(), server.z3950Port(), server.idleTimeout(), server.sessionTimeout(),
                server.maxRecords(), DEFAULT_MAX_MESSAGE_SIZE, 1000, 32, 16, BerLimits.REQUESTS);
    }

    public Z3950Settings withPort(int v) {
        return new Z3950Settings(host, v, idleTimeout, sessionTimeout, maxRecords, maxMessageSize, maxSessions,
                maxResultSets, maxPendingRequests, limits);
    }

    public Z3950Settings withTimeouts(Duration idle, Duration session) {
        return new Z3950Settings(host, port, idle, session, maxRecords, maxMessageSize, maxSessions,
                maxResultSets, maxPendingRequests, limits);
    }

    public Z3950Settings withMaxSessions(int v) {
        return new Z3950Settings(host, port, idleTimeout, sessionTimeout, maxRecords, maxMessageSize, v,
                maxResultSets, maxPendingRequests, limits);
    }

    public Z3950Settings withMaxResultSets(int v) {
        return new Z3950Settings(host, port, idleTimeout, sessionTimeout, maxRecords, maxMessageSize, maxSessions,
                v, maxPendingRequests, limits);
    }
}
