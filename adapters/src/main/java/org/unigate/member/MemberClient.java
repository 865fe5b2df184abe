package org.unigate.member;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.unigate.feed.LocalCatalogue;

/**
 * The one small interface every backend hides behind. Implementations never block the
 * caller: they complete the future from their own event loop (or, for embedded members, a
 * bounded worker). A failed search completes normally with a {@link MemberResponse} carrying
 * a diagnostic; the future completes exceptionally only on programming errors.
 * Timeouts are the engine's job, but a client must release whatever a timed-out call held.
 */
public interface MemberClient extends AutoCloseable {

    MemberSpec spec();

    default String id() {
        return spec().id();
    }

    /** Runs the search and returns the slice {@code search.offset() .. + count()}. */
    CompletableFuture<MemberResponse> search(MemberSearch search);

    /** Browses one of the member's indexes; members that cannot scan say so with a diagnostic. */
    default CompletableFuture<ScanResponse> scan(ScanRequest request) {
        return CompletableFuture.completedFuture(ScanResponse.unsupported(id()));
    }

    /**
     * The member's records when the gateway holds them itself (embedded and harvested members),
     * for what follows or keeps them current; empty for members reached over the network.
     */
    default Optional<LocalCatalogue> local() {
        return Optional.empty();
    }

    @Override
    void close();
}
