package org.unigate.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.unigate.marc.MarcDecoder;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcXmlWriter;

/**
 * Decoding ISO 2709 records (UTF-8 with CJK 880s, and MARC-8 with ANSEL and escapes) and writing
 * MARCXML, one record per operation, so ops/s reads as records/s. Samples come from the shared
 * corpus, found through {@code -Dunigate.shared=...} or a {@code shared} folder beside the
 * project. Run with {@code java -cp <testbed classpath> org.openjdk.jmh.Main MarcDecodeBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MarcDecodeBenchmark {

    private static final int SAMPLE = 1000;

    private byte[][] utf8;
    private byte[][] marc8;
    private MarcRecord[] records;
    private MarcXmlWriter xml;
    private int next;

    @Setup
    public void setUp() {
        Path corpus = sharedFolder().resolve("corpus");
        utf8 = split(corpus.resolve("umich.mrc"));
        marc8 = split(corpus.resolve("marc8-originals.mrc"));
        records = Arrays.stream(utf8).map(MarcDecoder::decode).toArray(MarcRecord[]::new);
        xml = new MarcXmlWriter(OutputStream.nullOutputStream());
    }

    @TearDown
    public void tearDown() {
        xml.close();
    }

    @Benchmark
    public MarcRecord decodeUtf8() {
        return MarcDecoder.decode(utf8[next++ % utf8.length]);
    }

    @Benchmark
    public MarcRecord decodeMarc8() {
        return MarcDecoder.decode(marc8[next++ % marc8.length]);
    }

    @Benchmark
    public void writeMarcXml() {
        xml.add(records[next++ % records.length]);
    }

    /** The first records of an ISO 2709 file, cut at record terminators. */
    private static byte[][] split(Path file) {
        try {
            byte[] all = Files.readAllBytes(file);
            List<byte[]> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < all.length && out.size() < SAMPLE; i++) {
                if (all[i] == 0x1D) {
                    out.add(Arrays.copyOfRange(all, start, i + 1));
                    start = i + 1;
                }
            }
            return out.toArray(byte[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sharedFolder() {
        String configured = System.getProperty("unigate.shared");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"), Path.of("shared"));
        return candidates.stream().map(p -> p.toAbsolutePath().normalize())
                .filter(p -> Files.isDirectory(p.resolve("corpus"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("shared corpus not found; set -Dunigate.shared"));
    }
}
