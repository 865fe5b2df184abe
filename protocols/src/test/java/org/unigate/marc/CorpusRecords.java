package org.unigate.marc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.unigate.testing.SharedData;

/**
 * The main corpus files. Reading is what these tests prove elsewhere; the writer and linkage
 * tests only need the records, so each file is decoded once per test JVM.
 */
final class CorpusRecords {

    private static final Map<Path, List<MarcRecord>> CACHE = new ConcurrentHashMap<>();

    private CorpusRecords() {
    }

    static List<Path> mainFiles() {
        try (Stream<Path> list = Files.list(SharedData.corpus())) {
            return list.filter(p -> p.toString().endsWith(".mrc"))
                    .filter(p -> !p.getFileName().toString().equals("marc8-originals.mrc"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<MarcRecord> read(Path file) {
        return CACHE.computeIfAbsent(file.toAbsolutePath().normalize(), CorpusRecords::decode);
    }

    private static List<MarcRecord> decode(Path file) {
        try (Stream<MarcRecord> stream = MarcFiles.stream(file)) {
            return stream.toList();
        }
    }

    static List<MarcRecord> read(String corpusFile) {
        return read(SharedData.corpusFile(corpusFile));
    }
}
