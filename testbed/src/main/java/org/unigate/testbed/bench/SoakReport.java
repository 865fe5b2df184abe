package org.unigate.testbed.bench;

import java.io.PrintStream;
import java.util.Map;

/**
 * Prints a soak as it runs (a line per interval: load, latency, errors and the collector's work
 * so far) and its summary. Sizes are given in MiB and as a share of the maximum heap.
 */
final class SoakReport {

    private final PrintStream out;
    private final GcWatch gc;
    private final long start = System.nanoTime();
    private long last = start;

    SoakReport(PrintStream out, GcWatch gc) {
        this.out = out;
        this.gc = gc;
    }

    void header() {
        out.println("   time | requests   req/s  p50 ms  p99 ms failed partial | young GCs pause s | full GCs pause s |"
                + " old now  old peak  old after last GC | load");
    }

    void interval(AnswerTally t) {
        long now = System.nanoTime();
        GcWatch.Figures g = gc.now();
        out.printf("%6.0fs | %8d %7.1f %7.1f %7.1f %6d %7d | %9d %7.1f | %8d %7.1f | %6.1f%% %8.1f%% %18.1f%% | %4.1f%n",
                (now - start) / 1e9, t.answered() + t.failed(), t.answered() / ((now - last) / 1e9),
                t.latency.percentile(50) / 1e6, t.latency.percentile(99) / 1e6, t.failed(), t.partial(),
                g.youngCount(), g.youngPauseNanos() / 1e9, g.fullCount(), g.fullPauseNanos() / 1e9,
                g.percentOfHeap(g.oldUsed()), g.percentOfHeap(g.oldPeak()), g.percentOfHeap(g.oldAfterGcLast()),
                MachineLoad.loadAverage());
        last = now;
    }

    /** Prints the summary; true if every request was answered in full. */
    boolean summary(SoakClients soak, int clients) {
        double seconds = (System.nanoTime() - start) / 1e9;
        AnswerTally t = soak.total();
        GcWatch.Figures g = gc.now();
        Percentiles l = t.latency;
        out.println();
        out.printf("soak: %d clients for %.0f s: %d searches + %d deeper pages = %d requests, %.1f answered/s%n",
                clients, seconds, soak.searches(), soak.deeperPages(), t.answered() + t.failed(), t.answered() / seconds);
        out.printf("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; answered %d (%d partial), failed %d%n",
                l.percentile(50) / 1e6, l.percentile(95) / 1e6, l.percentile(99) / 1e6, l.percentile(100) / 1e6,
                t.answered(), t.partial(), t.failed());
        t.problems().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(p -> out.printf("    %6d x %s%n", p.getValue(), p.getKey()));
        out.printf("GC (%s): young/mixed %d, %.2f s paused; full %d (%.1f a minute), %.2f s paused; longest pause %.0f ms%n",
                GcWatch.collectors(), g.youngCount(), g.youngPauseNanos() / 1e9, g.fullCount(),
                g.fullCount() / (seconds / 60), g.fullPauseNanos() / 1e9, g.longestPauseNanos() / 1e6);
        out.printf("heap max %.0f MiB; old generation peak %.0f MiB (%.1f%%), after GC: last %.0f MiB (%.1f%%), highest %.0f MiB (%.1f%%);"
                        + " whole heap after GC at most %.0f MiB (%.1f%%)%n",
                GcWatch.mib(g.heapMax()), GcWatch.mib(g.oldPeak()), g.percentOfHeap(g.oldPeak()),
                GcWatch.mib(g.oldAfterGcLast()), g.percentOfHeap(g.oldAfterGcLast()),
                GcWatch.mib(g.oldAfterGcMax()), g.percentOfHeap(g.oldAfterGcMax()),
                GcWatch.mib(g.heapAfterGcMax()), g.percentOfHeap(g.heapAfterGcMax()));
        return t.failed() == 0 && t.partial() == 0;
    }
}
