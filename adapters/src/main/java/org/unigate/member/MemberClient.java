package org.unigate.member;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.unigate.feed.LocalCatalogue;

/**
 * The one small interface every backend hides behind. Implementations never block the
 * caller, and complete the future from a bounded pool (the decoding executor a network client
 * was opened with, an embedded member's worker), never from an event loop: whatever the caller
 * chains on the future runs on that thread. A failed search completes normally with a
 * {@link MemberResponse} carrying a diagnostic; the future completes exceptionally only on
 * programming errors.
 *
 * <p>Timeouts are the engine's job. A caller that stops waiting for a {@link #search} or
 * {@link #scan} cancels its future; the client then releases at once whatever the call holds
 * (a pooled session or HTTP connection with a request outstanding is closed and its place
 * handed to the next call; a call still queued never runs) and does not retry it. A cancelled
 * future stays cancelled: the client never completes it otherwise.
 */
public interface MemberClient extends AutoCloseable {

    MemberSpec spec();

    default String id() {
        return spec().id();
    }

    /**
     * Runs the search and returns the slice {@code search.offset() .. + count()}. Cancelling
     * the future abandons the call and frees what it holds.
     */
    CompletableFuture<MemberResponse> search(MemberSearch search);

    /**
     * Browses one of the member's indexes; members that cannot scan say so with a diagnostic.
     * Cancelling the future abandons the call as for {@link #search}.
     */
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
