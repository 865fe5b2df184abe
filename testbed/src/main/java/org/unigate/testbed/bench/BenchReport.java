package org.unigate.testbed.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints what a union load benchmark run measured. */
final class BenchReport {

    private final PrintStream out;

    BenchReport(PrintStream out) {
        this.out = out;
    }

    void print(UnionLoadBenchmark b, LatencySpec normal, LatencySpec slow, List<SimulatedMember> members,
               Map<String, Long> slowestByTerm, LoadDriver.Run run, long cpuPerSearch, Percentiles cached) {
        out.printf("setup: %d members (%d slow), latency %s, slow %s, %d searches (+%d warm-up), concurrency %d, dedup %s%n",
                b.members, b.slowMembers, normal, slow, b.searches, b.warmup, b.concurrency, b.dedup);
        long slowest50 = 0;
        long slowest95 = 0;
        for (SimulatedMember m : members) {
            slowest50 = Math.max(slowest50, m.own.percentile(50));
            slowest95 = Math.max(slowest95, m.own.percentile(95));
        }
        Percentiles union = new Percentiles();
        Percentiles ratio = new Percentiles();
        Percentiles overhead = new Percentiles();
        run.unionNanosByTerm().forEach((term, nanos) -> {
            union.add(nanos);
            Long slowest = slowestByTerm.get(term);
            if (slowest != null && slowest > 0) {
                ratio.add(Math.round(nanos * 1e6 / slowest));
                overhead.add(nanos - slowest);
            }
        });
        out.printf("slowest member's own latency      p50 %8.2f ms   p95 %8.2f ms%n", ms(slowest50), ms(slowest95));
        out.printf("union search latency (gateway)    p50 %8.2f ms   p95 %8.2f ms%n",
                ms(union.percentile(50)), ms(union.percentile(95)));
        out.printf("ratio union / slowest member      p50 %8.3f      p95 %8.3f      (target <= 1.05)%n",
                union.percentile(50) / (double) slowest50, union.percentile(95) / (double) slowest95);
        out.printf("per search: union / its slowest   p50 %8.3f      p95 %8.3f%n",
                ratio.percentile(50) / 1e6, ratio.percentile(95) / 1e6);
        out.printf("per search: gateway overhead      p50 %8.3f ms   p95 %8.3f ms%n",
                ms(overhead.percentile(50)), ms(overhead.percentile(95)));
        out.printf("union searches per second         %8.1f  (%d done, %d failed, %.1f union records each)%n",
                run.perSecond(), run.completed(), run.failed(), run.unionRecords() / (double) Math.max(1, run.completed()));
        out.printf("process CPU per union search      %8.2f ms  (members simulated in-process included)%n", ms(cpuPerSearch));
        out.printf("cached search latency             p50 %8.2f us   p99 %8.2f us  (%d searches)%n",
                cached.percentile(50) / 1e3, cached.percentile(99) / 1e3, cached.count());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
