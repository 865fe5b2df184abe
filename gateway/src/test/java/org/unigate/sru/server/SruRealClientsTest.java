package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.SharedData;

/**
 * YAZ's own SRU clients (zoomsh, yaz-client) and the harness's black-box checker against the
 * running gateway: every hit count a client reports must be the engine's for the same query.
 */
class SruRealClientsTest {

    private static final String CJK_TITLE = "韓非子集釋";
    private final SruGateway g = SruGateway.get();

    @Test
    void zoomshSearchesShowsAndScansOverSruGetAndPost() throws Exception {
        ExternalTools.require("zoomsh");
        long science = g.engine("union", "dc.title=science").count().value();
        String get = run(List.of("zoomsh", "set sru get", "set sru_version 1.2", "connect " + g.base(),
                "search cql:dc.title=science", "set preferredRecordSyntax xml", "set elementSetName marcxml",
                "show 0 1", "scan @attr 1=4 science", "quit"), "");
        assertThat(get).contains(g.base() + ": " + science + " hits");
        assertThat(get).contains("MARC21/slim").contains("tag=\"245\"");
        assertThat(get).containsPattern("(?m)^science 3$");

        long cjk = g.engine("trln", "dc.title=\"" + CJK_TITLE + "\"").count().value();
        String post = run(List.of("zoomsh", "set sru post", "set sru_version 2.0", "connect " + g.base() + "/trln",
                "search cql:dc.title=\"" + CJK_TITLE + "\"", "show 0 1", "search @attr 1=4 science", "quit"), "");
        assertThat(cjk).isEqualTo(1);
        assertThat(post).contains(g.base() + "/trln: 1 hits").contains(CJK_TITLE);
        // A PQF query travels as YAZ's x-pquery and is read through the index map.
        assertThat(post).contains(g.base() + "/trln: " + g.engine("trln", "dc.title=science").count().value() + " hits");
    }

    @Test
    void yazClientSearchesAndShowsOverSruGetAndPost() throws Exception {
        ExternalTools.require("yaz-client");
        for (String method : List.of("get", "post")) {
            String out = run(List.of("yaz-client"), String.join("\n",
                    "sru " + method + " 1.2", "open " + g.base() + "/northeast", "querytype cql",
                    "find dc.title=science", "find dc.creator=smith and dc.title=history", "find dc.nosuch=x",
                    "find dc.title=\"" + CJK_TITLE + "\"", "show 1", "quit", ""));
            assertThat(hitCounts(out)).as(out).startsWith(
                    g.engine("northeast", "dc.title=science").count().value(),
                    g.engine("northeast", "dc.creator=smith and dc.title=history").count().value());
            assertThat(out).contains("info:srw/diagnostic/1/16").contains("dc.nosuch");
        }
        String union = run(List.of("yaz-client"), String.join("\n", "sru get 1.2", "open " + g.base(), "querytype cql",
                "find dc.title=\"" + CJK_TITLE + "\"", "show 1", "quit", ""));
        assertThat(hitCounts(union)).containsExactly(1L, 1L);
        assertThat(union).contains("pos=1 schema=info:srw/schema/1/marcxml-v1.1").contains(CJK_TITLE);
    }

    @Test
    void theHarnessCheckerPassesEveryCheck() throws Exception {
        ExternalTools.require("xsltproc", "curl", "xmllint", "zoomsh");
        Path script = SharedData.harness().resolve("check-sru.sh");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), g.base());
        pb.environment().putAll(Map.of("SRU_TITLE", "science", "SRU_AUTHOR", "american", "SRU_OR_A", "history",
                "SRU_OR_B", "art", "SRU_NOT_TITLE", "science", "SRU_CJK", CJK_TITLE,
                "SRU_SCAN_CLAUSE", "dc.title=science",
                // Our dc records are srw_dc (info:srw/schema/1/dc-schema), a namespace the checker does not list.
                "SRU_SCHEMA_DC", "oai_dc"));
        String out = run(pb, "");
        assertThat(out).as(out).doesNotContain("FAIL ");
        assertThat(out).containsPattern("\\d+ passed, 0 failed").doesNotContain("SKIP ");
    }

    private static List<Long> hitCounts(String output) {
        List<Long> counts = new ArrayList<>();
        Matcher m = Pattern.compile("Number of hits: (\\d+)").matcher(output);
        while (m.find()) {
            counts.add(Long.parseLong(m.group(1)));
        }
        return counts;
    }

    private static String run(List<String> command, String input) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command), input);
    }

    private static String run(ProcessBuilder pb, String input) throws IOException, InterruptedException {
        Path out = Files.createTempFile("sru-client", ".out");
        try {
            Process process = pb.redirectErrorStream(true).redirectOutput(out.toFile()).start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(pb.command().get(0) + " did not finish");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.delete(out);
        }
    }
}
