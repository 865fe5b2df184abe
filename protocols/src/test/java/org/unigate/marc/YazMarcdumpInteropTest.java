package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.testing.ExternalTools;

/** yaz-marcdump, the reference ISO 2709 reader, parses our output exactly as we do. */
class YazMarcdumpInteropTest {

    @TempDir
    Path tmp;

    @Test
    void yazMarcdumpReadsOurIso2709AsOurTextWriterPrintsIt() throws Exception {
        ExternalTools.require("yaz-marcdump");
        for (String name : List.of("trln.mrc", "pennstate.mrc", "indexdata.mrc")) {
            List<MarcRecord> records = CorpusRecords.read(name);
            Path file = tmp.resolve(name);
            StringBuilder expected = new StringBuilder();
            try (var out = Files.newOutputStream(file)) {
                for (MarcRecord record : records) {
                    byte[] bytes = Iso2709Writer.write(record);
                    out.write(bytes);
                    expected.append(MarcTextWriter.toText(MarcDecoder.decode(bytes)));
                }
            }
            String yaz = run("yaz-marcdump", file.toString());
            assertThat(yaz.lines().filter(l -> l.matches("\\d{5}.{19}")).count()).as(name).isEqualTo(records.size());
            assertThat(yaz).as(name).isEqualTo(expected.toString());
        }
    }

    private String run(String... command) throws IOException, InterruptedException {
        Path output = tmp.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
