package org.unigate.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.unigate.federation.fanout.CallResult;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.federation.sharing.SharingFilter.Filtered;
import org.unigate.member.MemberRecord;

/**
 * One fetch round's work on each member answer as it arrives, ahead of the round's merge: the
 * member's sharing rules applied, then the shared records handed to a preparation (match keys,
 * ranking text, the member record cache), on the merge executor. A union search waits for its
 * slowest member, so by then the others' records are prepared and the merge clusters and ranks
 * rather than computes.
 *
 * <p>The round's last answer is left to the merge, which starts the moment it arrives (a small
 * first round on the very thread that delivered it). Preparing that answer here as well was
 * measured several ways on two cores: with the merge on a pool thread, the merge waited a
 * scheduler slice or was preempted by the helper it woke (up to a millisecond lost); with the
 * merge on the delivering thread and a pool thread preparing from the other end, no gain at
 * concurrency 1 or 4, only more CPU.
 *
 * <p>The merge never waits for work that has not started: it claims each answer, and one whose
 * filtering has not begun it filters itself (the deduplicator then keys the records it did not
 * reach). Once claimed, an answer is never filtered twice, so the records the deduplicator keyed
 * early are the very objects the merge passes it. Thread-safe.
 */
final class EarlyShares {

    /** An answer and the shared form of each of its records, once filtered. */
    private record Early(CallResult result, AtomicBoolean claimed, CompletableFuture<List<Filtered>> filtered) {
    }

    private final Map<String, Early> byMember = new ConcurrentHashMap<>();
    private final Map<String, SharingFilter> filters;
    private final SharingContext sharing;
    private final Consumer<List<MemberRecord>> preparation;
    private final Consumer<List<MemberRecord>> caching;
    private final Executor executor;
    private final AtomicInteger pending;

    /**
     * @param preparation work on one answer's shared records alone that the merge needs; must
     *                    tolerate a concurrent merge
     * @param caching     work on them that the merge does not need (done after the preparation)
     * @param calls       how many calls the round makes: each ends exactly once
     */
    EarlyShares(Map<String, SharingFilter> filters, SharingContext sharing, Consumer<List<MemberRecord>> preparation,
                Consumer<List<MemberRecord>> caching, Executor executor, int calls) {
        this.filters = filters;
        this.sharing = sharing;
        this.preparation = preparation;
        this.caching = caching;
        this.executor = executor;
        this.pending = new AtomicInteger(calls);
    }

    /** Called on the thread that ended the call: only hands the work over. */
    void ended(CallResult result) {
        boolean last = pending.decrementAndGet() <= 0;
        SharingFilter filter = filters.get(result.memberId());
        if (last || result.outcome() != CallResult.Outcome.ANSWERED || result.records().isEmpty() || filter == null) {
            return;
        }
        Early early = new Early(result, new AtomicBoolean(), new CompletableFuture<>());
        byMember.put(result.memberId(), early);
        try {
            executor.execute(() -> prepare(early, filter));
        } catch (RejectedExecutionException e) {
            early.filtered().completeExceptionally(e); // shutting down: the merge, if any, does it all
        }
    }

    /**
     * The shared form of each of {@code result}'s records, in order, if it was filtered ahead; waits
     * only for filtering already under way (microseconds), never for work still queued.
     */
    Optional<List<Filtered>> claim(CallResult result) {
        Early early = byMember.remove(result.memberId());
        if (early == null || early.result() != result || early.claimed().compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(early.filtered().join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void prepare(Early early, SharingFilter filter) {
        if (!early.claimed().compareAndSet(false, true)) {
            return;
        }
        List<MemberRecord> shared;
        try {
            String memberId = early.result().memberId();
            boolean fullAccess = sharing.fullAccess(memberId);
            List<Filtered> filtered = new ArrayList<>(early.result().records().size());
            shared = new ArrayList<>(early.result().records().size());
            for (MemberRecord record : early.result().records()) {
                Filtered f = filter.apply(record.record(), fullAccess);
                filtered.add(f);
                f.record().ifPresent(r -> shared.add(RoundMerger.shared(record, r)));
            }
            early.filtered().complete(filtered);
        } catch (RuntimeException e) {
            early.filtered().completeExceptionally(e);
            return;
        }
        try {
            preparation.accept(shared);
        } catch (RuntimeException ignored) {
            // The merge computes what is missing, and reports a deduplicator that fails there.
        }
        caching.accept(shared);
    }
}
