package org.unigate.sru.client;

/**
 * Bounds on what an SRU member may cost.
 *
 * @param maxResponseBytes a response body larger than this is cut off and reported ({@code MEMBER_ERROR})
 * @param maxUrlLength     a GET URL longer than this is sent as a form-encoded POST instead; 4 KB
 *                         is what servers and proxies accept without exception
 */
public record SruLimits(int maxResponseBytes, int maxUrlLength) {

    public static final SruLimits DEFAULT = new SruLimits(32 * 1024 * 1024, 4 * 1024);

    public SruLimits {
        if (maxResponseBytes <= 0 || maxUrlLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
