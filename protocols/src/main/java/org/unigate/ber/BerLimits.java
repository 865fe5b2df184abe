package org.unigate.ber;

/**
 * Hard limits for reading one PDU: its total size in bytes, how deeply constructed elements
 * may nest, and how many elements it may hold. They bound memory and work per PDU whatever
 * a peer sends; crossing one raises a {@link BerException} of the matching problem.
 */
public record BerLimits(int maxPduSize, int maxDepth, int maxElements) {

    /** Room for a present response of a few hundred large MARC records. */
    public static final BerLimits DEFAULT = new BerLimits(16 * 1024 * 1024, 64, 500_000);

    /** For a server reading client requests, which are small. */
    public static final BerLimits REQUESTS = new BerLimits(1024 * 1024, 48, 50_000);

    /** Decoders recurse once per nesting level, so depth stays far below what a stack holds. */
    public static final int DEPTH_CEILING = 1024;

    public BerLimits {
        if (maxPduSize < 2 || maxDepth < 1 || maxElements < 1 || maxDepth > DEPTH_CEILING) {
            throw new IllegalArgumentException("limits must be positive (depth at most " + DEPTH_CEILING + "): "
                    + maxPduSize + "/" + maxDepth + "/" + maxElements);
        }
    }
}
