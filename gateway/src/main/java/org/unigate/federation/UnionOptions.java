package org.unigate.federation;

import org.unigate.federation.sharing.SharingContext;
import java.util.Objects;

/**
 * Per-search options.
 *
 * @param pageSize how many records the client wants first; each member is asked for at least this
 *                 many (0 = the engine's {@code firstPageSize})
 * @param sharing  whose eyes the result is for
 */
public record UnionOptions(int pageSize, SharingContext sharing) {

    public static final UnionOptions DEFAULT = new UnionOptions(0, SharingContext.PUBLIC);

    public UnionOptions {
        Objects.requireNonNull(sharing, "sharing");
        if (pageSize < 0) {
            throw new IllegalArgumentException("pageSize must not be negative: " + pageSize);
        }
    }

    public UnionOptions withPageSize(int v) {
        return new UnionOptions(v, sharing);
    }

    public UnionOptions withSharing(SharingContext v) {
        return new UnionOptions(pageSize, v);
    }
}
