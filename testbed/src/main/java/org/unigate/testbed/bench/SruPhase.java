package org.unigate.testbed.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * One measured phase of SRU load: {@code clients} closed-loop clients (each sends its next
 * request when its last one answered) share a numbered sequence of requests, until the count is
 * reached or the time is up. Latency is from the send to the answer's last byte; a failed
 * request is counted, not timed.
 */
final class SruPhase {

    /** What a phase measured. */
    record Result(String system, int clients, Percentiles latency, int ok, int partial, int failed,
                  long wallNanos, long records, long cpuNanos, Map<String, Integer> problems) {

        int answered() {
            return ok + partial;
        }

        double perSecond() {
            return answered() / (wallNanos / 1e9);
        }

        double ms(double percentile) {
            return latency.percentile(percentile) / 1e6;
        }

        /** Process CPU per answered request: the in-process gateway's and the driver's together. */
        double cpuMsPerRequest() {
            return cpuNanos / 1e6 / Math.max(1, answered());
        }
    }

    private final HttpGetter http;
    private final IntFunction<String> urls;
    private final int requests;
    private final long end;
    private final AtomicInteger next = new AtomicInteger();
    private final AnswerTally tally = new AnswerTally();

    private SruPhase(HttpGetter http, IntFunction<String> urls, int requests, long end) {
        this.http = http;
        this.urls = urls;
        this.requests = requests;
        this.end = end;
    }

    /** Runs a phase: request {@code i} goes to {@code urls.apply(i)}. */
    static Result run(String system, HttpGetter http, IntFunction<String> urls, int clients, int requests,
                      long limitNanos) {
        long cpu0 = MachineLoad.processCpuNanos();
        long start = System.nanoTime();
        SruPhase phase = new SruPhase(http, urls, requests, start + limitNanos);
        CompletableFuture<?>[] running = new CompletableFuture<?>[clients];
        for (int c = 0; c < clients; c++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            running[c] = done;
            phase.step(done);
        }
        CompletableFuture.allOf(running).join();
        long wall = System.nanoTime() - start;
        AnswerTally t = phase.tally;
        return new Result(system, clients, t.latency, t.ok(), t.partial(), t.failed(), wall, t.records(),
                MachineLoad.processCpuNanos() - cpu0, t.problems());
    }

    private void step(CompletableFuture<Void> done) {
        int i = next.getAndIncrement();
        if (i >= requests || System.nanoTime() - end > 0) {
            done.complete(null);
            return;
        }
        http.get(urls.apply(i)).thenAccept(reply -> {
            tally.count(reply);
            step(done);
        }).exceptionally(e -> {
            done.completeExceptionally(e);
            return null;
        });
    }
}
