package org.unigate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.config.HarvestSettings;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.harvest.StubOaiProvider;
import picocli.CommandLine;

/** {@code unigate harvest MEMBER --full} against a two-page WireMock provider. */
class HarvestCommandTest {

    @TempDir
    Path dir;
    private StubOaiProvider provider;

    @BeforeEach
    void start() {
        provider = new StubOaiProvider();
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void fullHarvestPrintsProgressAndAFinalCount() throws Exception {
        Path data = dir.resolve("data");
        Path config = dir.resolve("consortium.yaml");
        Files.writeString(config, String.join("\n",
                "consortium:",
                "  name: Harvest test",
                "dataDir: " + data,
                "harvest:",
                "  onStart: false",
                "  retries: 2",
                "  timeout: 5s",
                "members:",
                "  - id: oai1",
                "    protocol: oai",
                "    address: " + provider.baseUrl(),
                "    metadataPrefix: marc21",
                ""), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = UnigateCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("harvest", "oai1", "--full", "--config", config.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("page 1: 2 records of 4").contains("page 2: 4 records of 4");
        assertThat(out.toString()).contains("oai1: full harvest complete").contains("3 added")
                .contains("1 deleted").contains("3 records held");
        try (EmbeddedCatalogue catalogue = EmbeddedCatalogue.onDisk(HarvestSettings.memberFolder(data, "oai1"))) {
            assertThat(catalogue.size()).isEqualTo(3);
            assertThat(catalogue.entry("oai:t:r4").orElseThrow().deleted()).isTrue();
        }
    }

    @Test
    void aMemberThatIsNotOaiIsRefused() throws Exception {
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "consortium:\n  name: T\nmembers:\n  - id: z\n    protocol: z3950\n"
                + "    address: 127.0.0.1:210\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        CommandLine cl = UnigateCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("harvest", "z", "--config", config.toString())).isNotZero();
        assertThat(err.toString()).contains("not an OAI-PMH member");
    }
}
