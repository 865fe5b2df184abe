package org.unigate.sru.client;

/**
 * Bounds on what an SRU member may cost.
 *
 * @param maxResponseBytes a response body larger than this is cut off and reported ({@code MEMBER_ERROR})
 * @param maxUrlLength     a GET URL longer than this is sent as a form-encoded POST instead; 4 KB
 *                         is what servers and proxies accept without exception
 * @param maxConnections   HTTP connections open to the member at most; further requests wait for one
 */
public record SruLimits(int maxResponseBytes, int maxUrlLength, int maxConnections) {

    /** Vert.x's own default pool size, which members have been asked with so far. */
    private static final int DEFAULT_CONNECTIONS = 5;

    public static final SruLimits DEFAULT = new SruLimits(32 * 1024 * 1024, 4 * 1024, DEFAULT_CONNECTIONS);

    public SruLimits {
        if (maxResponseBytes <= 0 || maxUrlLength <= 0 || maxConnections <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public SruLimits(int maxResponseBytes, int maxUrlLength) {
        this(maxResponseBytes, maxUrlLength, DEFAULT_CONNECTIONS);
    }

    public SruLimits withMaxConnections(int connections) {
        return new SruLimits(maxResponseBytes, maxUrlLength, connections);
    }
}
