package org.unigate.testbed.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
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
            records.add(new MemberRecord(spec.id(), null, decoded(r)));
        }
        return new MemberResponse(spec.id(), hits.size(), records, List.of(), took);
    }

    /**
     * A fresh copy of the record down to its strings, as a real adapter decoding the member's
     * bytes would give on every search: nothing the gateway remembers about an earlier search's
     * record objects (by identity, or a string's cached hash) may carry over to this one.
     */
    static MarcRecord decoded(MarcRecord record) {
        List<Field> fields = new ArrayList<>(record.fields().size());
        for (Field f : record.fields()) {
            if (f instanceof DataField d) {
                List<Subfield> subfields = new ArrayList<>(d.subfields().size());
                for (Subfield s : d.subfields()) {
                    subfields.add(new Subfield(s.code(), new String(s.value())));
                }
                fields.add(new DataField(d.tag(), d.ind1(), d.ind2(), subfields));
            } else if (f instanceof ControlField c) {
                fields.add(new ControlField(c.tag(), new String(c.value())));
            }
        }
        return new MarcRecord(new String(record.leader()), fields, record.problems());
    }

    @Override
    public void close() {
        // Nothing held: the scheduler belongs to the benchmark.
    }
}
