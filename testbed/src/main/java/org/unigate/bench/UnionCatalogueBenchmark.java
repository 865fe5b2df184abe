package org.unigate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.union.UnionRecord;
import org.unigate.federation.catalogue.CatalogueMember;
import org.unigate.federation.catalogue.RefreshReport;
import org.unigate.federation.catalogue.UnionCatalogue;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.member.MemberRecord;
import org.unigate.testbed.generator.ConsortiumGenerator;
import org.unigate.testbed.generator.GeneratorSettings;

/**
 * The union catalogue over the demo consortium (8 generated members, 3000 works) held in
 * in-memory member catalogues: a whole refresh (read every member feed, cluster, compare with the
 * stored state), and the deduplicator's share of it alone. One refresh per operation. Run with
 * {@code java -cp <testbed classpath> org.openjdk.jmh.Main UnionCatalogueBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class UnionCatalogueBenchmark {

    private final List<EmbeddedCatalogue> catalogues = new ArrayList<>();
    private final List<MemberRecord> records = new ArrayList<>();
    private final ClusteringDeduplicator deduplicator = new ClusteringDeduplicator();
    private Path folder;
    private UnionCatalogue union;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        GeneratorSettings settings = GeneratorSettings.demo();
        ConsortiumGenerator generator = new ConsortiumGenerator(settings);
        List<CatalogueMember> members = new ArrayList<>();
        for (int m = 1; m <= settings.members(); m++) {
            EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory();
            catalogue.load(generator.member(m).map(r -> r.record()));
            catalogues.add(catalogue);
            members.add(new CatalogueMember("m" + m, catalogue, null));
            String id = "m" + m;
            generator.member(m).forEach(r -> records.add(new MemberRecord(id, null, r.record())));
        }
        folder = Files.createTempDirectory("union-bench");
        union = UnionCatalogue.open(folder, members, deduplicator);
        RefreshReport first = union.refresh();
        long start = System.nanoTime();
        deduplicator.merge(records);
        long dedup = System.nanoTime() - start;
        RefreshReport second = union.refresh();
        System.out.printf("%n%d member records, %d union records; first refresh %d ms, then deduplication"
                        + " alone %d ms, a refresh finding nothing changed %d ms%n", first.memberRecords(),
                first.live(), first.took().toMillis(), dedup / 1_000_000, second.took().toMillis());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        union.close();
        for (EmbeddedCatalogue c : catalogues) {
            c.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A refresh that finds nothing changed: what every scheduled refresh of a quiet consortium costs. */
    @Benchmark
    public RefreshReport refreshUnchanged() {
        try {
            return union.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clustering alone, over the same records in memory. */
    @Benchmark
    public List<UnionRecord> deduplicateOnly() {
        return deduplicator.merge(records);
    }
}
