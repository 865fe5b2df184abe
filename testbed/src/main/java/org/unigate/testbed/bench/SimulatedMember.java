package org.unigate.testbed.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.query.Clause;

/**
 * An in-process member that answers after a simulated latency, on a shared scheduler (no thread
 * waits). The records it returns for a search are its holdings among a window of works chosen by
 * the query's term, so members holding the same works return them for the same search, as real
 * members would, and deduplication has real work to do. It measures its own latency (from the
 * call to the moment it answers) and records, per search term, the slowest member's.
 */
final class SimulatedMember implements MemberClient {

    private final MemberSpec spec;
    private final MarcRecord[] byWork;
    private final int window;
    private final LatencySpec latency;
    private final ScheduledExecutorService scheduler;
    private final ConcurrentMap<String, Long> slowestByTerm;
    private final SplittableRandom random;
    final Percentiles own = new Percentiles();

    SimulatedMember(MemberSpec spec, MarcRecord[] byWork, int window, LatencySpec latency,
                    ScheduledExecutorService scheduler, ConcurrentMap<String, Long> slowestByTerm, long seed) {
        this.spec = spec;
        this.byWork = byWork;
        this.window = window;
        this.latency = latency;
        this.scheduler = scheduler;
        this.slowestByTerm = slowestByTerm;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public MemberSpec spec() {
        return spec;
    }

    @Override
    public CompletableFuture<MemberResponse> search(MemberSearch search) {
        long start = System.nanoTime();
        String term = search.query().root() instanceof Clause c ? c.term() : search.query().toString();
        List<MarcRecord> hits = holdings(term);
        long delay;
        synchronized (random) {
            delay = latency.sampleNanos(random);
        }
        CompletableFuture<MemberResponse> answer = new CompletableFuture<>();
        scheduler.schedule(() -> {
            long took = System.nanoTime() - start;
            own.add(took);
            slowestByTerm.merge(term, took, Math::max);
            answer.complete(slice(hits, search, Duration.ofNanos(took)));
        }, delay, TimeUnit.NANOSECONDS);
        return answer;
    }

    private List<MarcRecord> holdings(String term) {
        int start = Math.floorMod(term.hashCode(), byWork.length);
        List<MarcRecord> held = new ArrayList<>();
        for (int i = 0; i < window; i++) {
            MarcRecord r = byWork[(start + i) % byWork.length];
            if (r != null) {
                held.add(r);
            }
        }
        return held;
    }

    private MemberResponse slice(List<MarcRecord> hits, MemberSearch search, Duration took) {
        int from = Math.min(search.offset(), hits.size());
        int to = Math.min(hits.size(), from + search.count());
        List<MemberRecord> records = new ArrayList<>(to - from);
        for (MarcRecord r : hits.subList(from, to)) {
            records.add(new MemberRecord(spec.id(), null, r));
        }
        return new MemberResponse(spec.id(), hits.size(), records, List.of(), took);
    }

    @Override
    public void close() {
        // Nothing held: the scheduler belongs to the benchmark.
    }
}
