package org.unigate.testbed.bench;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak's clients: each, in a closed loop until the time is up, sends a search never sent
 * before (first page, a random page size), and half the time, when there is more, fetches one
 * deeper page of it at a random position (up to the 1000th record), as a user paging on would.
 * Answers are tallied for the whole run and per reporting interval.
 */
final class SoakClients {

    private static final int DEEPEST = 1000;

    private final HttpGetter http;
    private final String base;
    private final DistinctQueries queries;
    private final int[] pageSizes;
    private final AnswerTally total = new AnswerTally();
    private volatile AnswerTally interval = new AnswerTally();
    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong deeperPages = new AtomicLong();
    private volatile long end;

    SoakClients(HttpGetter http, String base, DistinctQueries queries, int[] pageSizes) {
        this.http = http;
        this.base = base;
        this.queries = queries;
        this.pageSizes = pageSizes.clone();
    }

    /** Starts the clients; the future completes when the last one has stopped. */
    CompletableFuture<Void> run(int clients, long durationNanos, long seed) {
        end = System.nanoTime() + durationNanos;
        SplittableRandom seeds = new SplittableRandom(seed);
        CompletableFuture<?>[] running = new CompletableFuture<?>[clients];
        for (int c = 0; c < clients; c++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            running[c] = done;
            search(seeds.split(), done);
        }
        return CompletableFuture.allOf(running);
    }

    /** What was answered since the last call (or the start). */
    AnswerTally drainInterval() {
        AnswerTally last = interval;
        interval = new AnswerTally();
        return last;
    }

    AnswerTally total() {
        return total;
    }

    long searches() {
        return searches.get();
    }

    long deeperPages() {
        return deeperPages.get();
    }

    private void search(SplittableRandom random, CompletableFuture<Void> done) {
        if (System.nanoTime() - end > 0) {
            done.complete(null);
            return;
        }
        String cql;
        try {
            cql = queries.next();
        } catch (IllegalStateException e) {
            stop(done, e);
            return;
        }
        int size = pageSizes[random.nextInt(pageSizes.length)];
        searches.incrementAndGet();
        http.get(SruUrls.searchRetrieve(base, cql, 1, size)).thenAccept(reply -> {
            SruAnswer first = tally(reply);
            long last = Math.min(first.numberOfRecords(), DEEPEST);
            if (first.outcome() == SruAnswer.Outcome.FAILED || last <= size || random.nextBoolean()) {
                search(random, done);
                return;
            }
            int start = size + 1 + random.nextInt((int) (last - size));
            deeperPages.incrementAndGet();
            http.get(SruUrls.searchRetrieve(base, cql, start, size)).thenAccept(deeper -> {
                tally(deeper);
                search(random, done);
            }).exceptionally(e -> stop(done, e));
        }).exceptionally(e -> stop(done, e));
    }

    /** A fault in the driver itself ends that client with the cause, rather than leave the run waiting for it. */
    private static Void stop(CompletableFuture<Void> done, Throwable e) {
        done.completeExceptionally(e);
        return null;
    }

    private SruAnswer tally(HttpGetter.Reply reply) {
        SruAnswer answer = SruAnswer.of(reply);
        total.count(answer, reply.nanos());
        interval.count(answer, reply.nanos());
        return answer;
    }
}
