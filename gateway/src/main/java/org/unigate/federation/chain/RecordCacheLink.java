package org.unigate.federation.chain;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.unigate.cache.MemberRecordCache;
import org.unigate.cache.RecordKey;
import org.unigate.member.MemberRecord;

/**
 * Keeps every record a member sends, as it sent it, in the one bounded record cache the engine
 * shares across searches and audiences, so that a record can be shown again without asking the
 * member. It sits below the sharing rules: one copy serves every audience, and whoever reads it
 * gets it through that member's rules ({@code UnionEngine.memberRecord}). The cache is filled on
 * the CPU pool, off the answer's way to the merge.
 */
public final class RecordCacheLink implements MemberLink {

    /** The cache context of records as members sent them, before any sharing rules. */
    public static final String AS_SENT = "";

    private final MemberRecordCache cache;
    private final Executor executor;

    public RecordCacheLink(MemberRecordCache cache, Executor executor) {
        this.cache = java.util.Objects.requireNonNull(cache, "cache");
        this.executor = java.util.Objects.requireNonNull(executor, "executor");
    }

    public static RecordKey key(String memberId, String localId) {
        return new RecordKey(memberId, localId, AS_SENT);
    }

    @Override
    public CompletableFuture<CallResult> call(MemberExchange exchange, Chain next) {
        return next.proceed(exchange).thenApply(result -> {
            if (!result.records().isEmpty()) {
                List<MemberRecord> records = result.records();
                try {
                    executor.execute(() -> records.forEach(r -> cache.put(key(r.memberId(), r.localId()), r.record())));
                } catch (RejectedExecutionException ignored) {
                    // Shutting down: nothing will read the cache again.
                }
            }
            return result;
        });
    }
}
