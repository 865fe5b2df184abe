package org.unigate.testbed.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionRequest;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

/**
 * Runs union searches from a number of concurrent clients, each sending its next search when
 * its last one answered (closed loop), until the count is reached or the time is up.
 * Every search has a distinct term, so none is answered from the cache.
 */
final class LoadDriver {

    /** What one run measured. */
    record Run(int completed, int failed, long wallNanos, Map<String, Long> unionNanosByTerm, long unionRecords) {
        double perSecond() {
            return completed / (wallNanos / 1e9);
        }
    }

    private LoadDriver() {
    }

    static Run run(UnionEngine engine, String prefix, int searches, int concurrency, long limitNanos) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong unionRecords = new AtomicLong();
        Map<String, Long> latencies = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long end = start + limitNanos;
        CompletableFuture<?>[] clients = new CompletableFuture<?>[concurrency];
        for (int c = 0; c < concurrency; c++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            clients[c] = done;
            step(engine, prefix, searches, end, next, failed, unionRecords, latencies, done);
        }
        CompletableFuture.allOf(clients).join();
        return new Run(latencies.size(), failed.get(), System.nanoTime() - start, latencies, unionRecords.get());
    }

    private static void step(UnionEngine engine, String prefix, int searches, long end, AtomicInteger next,
                             AtomicInteger failed, AtomicLong unionRecords, Map<String, Long> latencies,
                             CompletableFuture<Void> done) {
        int i = next.getAndIncrement();
        if (i >= searches || System.nanoTime() - end > 0) {
            done.complete(null);
            return;
        }
        String term = prefix + i;
        long t0 = System.nanoTime();
        engine.search(UnionRequest.of(SearchQuery.of(Clause.of("cql.anywhere", term)))).whenComplete((result, error) -> {
            long took = System.nanoTime() - t0;
            if (error == null) {
                latencies.put(term, took);
                unionRecords.addAndGet(result.records().size());
            } else {
                failed.incrementAndGet();
            }
            step(engine, prefix, searches, end, next, failed, unionRecords, latencies, done);
        });
    }
}
