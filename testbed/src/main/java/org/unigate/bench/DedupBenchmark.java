package org.unigate.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unigate.union.UnionRecord;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.federation.dedup.MatchKeys;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;
import org.unigate.testbed.generator.ConsortiumGenerator;
import org.unigate.testbed.generator.GeneratedRecord;
import org.unigate.testbed.generator.GeneratorSettings;
import org.unigate.text.ScriptFolding;

/**
 * The deduplicator's cost for one union search: every member's copy of a window of 64 generated
 * works (about 190 member records with CJK 880s and real overlap; {@code bench-union}'s searches
 * return some 150 of them), merged into union records. One operation is one batch, so on an
 * idle core the average time is the CPU time of one merge.
 *
 * <ul>
 *   <li>{@code mergeFirstSight}: records the deduplicator has never seen (a new search): every
 *       record's match keys are computed.
 *   <li>{@code mergeSeenBefore}: the same batch again, as a deeper fetch round re-merges
 *       everything fetched so far.
 *   <li>{@code matchKeys}: the keys alone; {@code foldCjk}: one folding of a vernacular title.
 * </ul>
 * Run with {@code java -cp <testbed classpath> org.openjdk.jmh.Main DedupBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class DedupBenchmark {

    private static final int MEMBERS = 8;
    private static final int WORKS = 2000;
    private static final int WINDOW = 64;
    private static final int BATCHES = 24;

    private final List<List<MemberRecord>> batches = new ArrayList<>();
    private final ClusteringDeduplicator seen = new ClusteringDeduplicator();
    private int next;

    @Setup
    public void setUp() {
        Map<String, List<GeneratedRecord>> byWork = new LinkedHashMap<>();
        new ConsortiumGenerator(new GeneratorSettings(2026, WORKS, MEMBERS)).records()
                .forEach(r -> byWork.computeIfAbsent(r.workId(), w -> new ArrayList<>()).add(r));
        List<List<GeneratedRecord>> works = new ArrayList<>(byWork.values());
        for (int b = 0; b < BATCHES; b++) {
            List<MemberRecord> batch = new ArrayList<>();
            for (List<GeneratedRecord> copies : works.subList(b * WINDOW, (b + 1) * WINDOW)) {
                for (GeneratedRecord copy : copies) {
                    batch.add(new MemberRecord("m" + copy.member(), copy.record().controlNumber().orElse(null),
                            copy.record()));
                }
            }
            batches.add(batch);
        }
    }

    /** A new search: fresh copies of the records, so no per-record key survives from earlier operations. */
    @Benchmark
    public List<UnionRecord> mergeFirstSight() {
        List<MemberRecord> batch = batch();
        List<MemberRecord> fresh = new ArrayList<>(batch.size());
        for (MemberRecord r : batch) {
            fresh.add(new MemberRecord(r.memberId(), r.localId(), copy(r.record())));
        }
        return new ClusteringDeduplicator().merge(fresh);
    }

    @Benchmark
    public List<UnionRecord> mergeSeenBefore() {
        return seen.merge(batch());
    }

    @Benchmark
    public int matchKeys() {
        int n = 0;
        for (MemberRecord r : batch()) {
            n += MatchKeys.of(r.record()).descriptive().size();
        }
        return n;
    }

    @Benchmark
    public String foldCjk() {
        return ScriptFolding.fold("中國歷史地圖集 = The historical atlas of China / 譚其驤主編");
    }

    /** Records in one batch, for reports. */
    public int batchSize() {
        return batches.get(0).size();
    }

    private List<MemberRecord> batch() {
        next = (next + 1) % batches.size();
        return batches.get(next);
    }

    private static MarcRecord copy(MarcRecord record) {
        return new MarcRecord(record.leader(), record.fields(), record.problems());
    }
}
