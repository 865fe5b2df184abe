package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every main corpus file reads completely, with the record count its index promises. */
class CorpusReadingTest {

    @Test
    void everyCorpusFileYieldsTheRecordCountOfTheIndex() {
        Map<String, Integer> expected = CorpusIndex.main().countBy("file");
        List<Path> files = CorpusRecords.mainFiles();
        assertThat(files).hasSize(expected.size());
        for (Path file : files) {
            List<MarcRecord> records = CorpusRecords.read(file);
            Map<String, Long> kinds = records.stream().flatMap(r -> r.problems().stream())
                    .collect(Collectors.groupingBy(p -> p.kind() + ":" + p.message().replaceAll("[0-9]+", "N"), Collectors.counting()));
            System.out.println(file.getFileName() + " " + records.size() + " " + kinds);
            assertThat(records).as(file.getFileName().toString()).hasSize(expected.get(file.getFileName().toString()));
        }
    }
}
