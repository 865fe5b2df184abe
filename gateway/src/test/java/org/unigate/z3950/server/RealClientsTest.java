package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.union.UnionRecord;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionResult;
import org.unigate.federation.UnionScan;
import org.unigate.indexmap.IndexMap;
import org.unigate.indexmap.RpnToCql;
import org.unigate.member.MemberSpec;
import org.unigate.member.ScanRequest;
import org.unigate.pqf.PqfParser;
import org.unigate.server.GatewayServer;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.SharedData;

/**
 * yaz-client, zoomsh and yaz-marcdump against a running gateway whose members are real
 * catalogue exports (Princeton, Michigan, TRLN with its CJK 880s, Stanford, which shares the
 * journal "Science" with Princeton). Every hit count a client is told must be the engine's own
 * count for the same query and members, and the records must parse.
 */
class RealClientsTest {

    /** Princeton's and Stanford's records of the journal Science: one work, two holders. */
    private static final String SHARED_LCCN = "17024346";
    private static final String CJK_TITLE = "韓非子集釋";

    private static GatewayServer gateway;
    private static int port;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        ExternalTools.require("yaz-client", "zoomsh", "yaz-marcdump");
        List<MemberSpec> members = new ArrayList<>();
        members.add(CorpusGateway.member("princeton", "Princeton University Library", SharedData.corpusFile("princeton.mrc").toString()));
        members.add(CorpusGateway.member("umich", "University of Michigan Library",
                FirstRecordsSource.location(300, SharedData.corpusFile("umich.mrc"))));
        members.add(CorpusGateway.member("trln", "Triangle Research Libraries", SharedData.corpusFile("trln.mrc").toString()));
        members.add(CorpusGateway.member("stanford", "Stanford University Libraries", SharedData.corpusFile("stanford.mrc").toString()));
        gateway = CorpusGateway.start(data, members, Map.of("northeast", List.of("princeton", "stanford")));
        port = gateway.z3950Port();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    /** The engine's deduplicated count for a PQF query over a database's members. */
    private static long engineCount(String database, String pqf) {
        List<String> members = gateway.consortium().config().resolveDatabase(database).orElseThrow();
        return engineResult(members, pqf).count().value();
    }

    private static UnionResult engineResult(List<String> members, String pqf) {
        UnionRequest request = new UnionRequest(new RpnToCql(IndexMap.defaultMap()).translate(PqfParser.parse(pqf)),
                members, null);
        return gateway.consortium().engine().search(request).orTimeout(60, TimeUnit.SECONDS).join();
    }

    @Test
    void yazClientSearchesPresentsScansAndSortsTheUnion() throws Exception {
        List<String> queries = List.of(
                "@attr 1=4 science",
                "@attr 1=1003 murakami",
                "@attr 1=7 9780307593313",
                "@attr 1=1016 periodicals",
                "@and @attr 1=4 science @attr 1=21 periodicals",
                "@or @attr 1=4 science @attr 1=4 韩非子",
                "@attr 1=4 韩非子",
                "@attr 1=9 " + SHARED_LCCN);
        List<Long> expected = new ArrayList<>();
        queries.forEach(q -> expected.add(engineCount("union", q)));
        UnionScan scan = gateway.consortium().engine().scan(new ScanRequest("dc.title", "science", 20, 1), List.of())
                .orTimeout(60, TimeUnit.SECONDS).join();
        Path marcdump = Files.createTempFile("z3950-records", ".mrc");
        try {
            List<String> script = new ArrayList<>(List.of("charset UTF-8", "open tcp:127.0.0.1:" + port + "/union"));
            queries.subList(0, 7).forEach(q -> script.add("find " + q));
            script.addAll(List.of("format xml", "elements F", "show 1", "format sutrs", "show 1",
                    "find " + queries.get(7), "format opac", "show 1",
                    "scan @attr 1=4 science",
                    // yaz-client dumps every record it shows, whatever the syntax: MARC only from here.
                    "set_marcdump " + marcdump,
                    "find " + queries.get(6), "format usmarc", "elements F", "show 1", "elements B", "show 1",
                    "find " + queries.get(0), "sort 1=4 <", "elements F", "show 1+3",
                    "close", "quit"));
            String out = ClientProcess.run(List.of("yaz-client", "-t", "UTF-8"), String.join("\n", script) + "\n");

            assertThat(out).contains("Accepted character set : UTF-8");
            List<Long> told = new ArrayList<>(expected);
            told.add(expected.get(6));
            told.add(expected.get(0));
            assertThat(hitCounts(out)).containsExactlyElementsOf(told);
            assertThat(expected.get(6)).isEqualTo(1);
            assertThat(expected.get(7)).isEqualTo(1);
            // The CJK record, full, brief (its 880 for 245 kept) and as MARCXML.
            assertThat(count(out, "880 10 $6 245-03/$1 $a " + CJK_TITLE)).isEqualTo(2);
            assertThat(out).contains("<subfield code=\"a\">" + CJK_TITLE);
            assertThat(out).contains("245 10 $6 880-03 $a Han Feizi ji shi");
            // The shared journal: one record, holdings of both members.
            assertThat(out).contains("nucCode: princeton").contains("nucCode: stanford")
                    .contains("localLocation: Princeton University Library / f").contains("callNumber: Q1 .S3543");
            UnionScan.Entry first = scan.entries().get(0);
            assertThat(out).contains("* " + first.term() + " (" + first.count() + ")");
            assertThat(out).contains("Received SortResponse: status=success");
            assertThat(out).contains("Target has closed the association").contains("Reason: finished");

            String dump = ClientProcess.run(List.of("yaz-marcdump", marcdump.toString()), "");
            assertThat(count(dump, "\n001 ")).isEqualTo(5);
            assertThat(dump).contains(CJK_TITLE).doesNotContain("Bad").doesNotContain("Skipping");
        } finally {
            Files.deleteIfExists(marcdump);
        }
    }

    @Test
    void yazClientSearchesMemberAndVirtualDatabasesAndGetsDiagnostics() throws Exception {
        String query = "@attr 1=4 science";
        String out = ClientProcess.run(List.of("yaz-client", "-u", "reader/secret"), String.join("\n",
                "open tcp:127.0.0.1:" + port + "/trln",
                "find " + query,
                "base princeton stanford",
                "find " + query,
                "base northeast",
                "find " + query,
                "base nowhere",
                "find " + query,
                "base union",
                "find @attr 1=9999 x",
                "format grs-1",
                "find " + query,
                "show 1",
                "close", "quit", ""));

        long trln = engineCount("trln", query);
        long pair = engineResult(List.of("princeton", "stanford"), query).count().value();
        long northeast = engineCount("northeast", query);
        assertThat(hitCounts(out)).startsWith(trln, pair, northeast);
        assertThat(pair).isEqualTo(northeast);
        assertThat(out).contains("[235] Database does not exist -- v2 addinfo 'nowhere'");
        assertThat(out).contains("[114] Unsupported Use attribute -- v2 addinfo '1=9999'");
        assertThat(out).contains("[239] Record syntax not supported -- v2 addinfo '1.2.840.10003.5.105'");
    }

    @Test
    void zoomshSearchesShowsAndScans() throws Exception {
        String union = "tcp:127.0.0.1:" + port + "/union";
        String out = ClientProcess.run(List.of("zoomsh", "set charset UTF-8", "connect " + union,
                "search @attr 1=4 韩非子", "show 0 1", "scan @attr 1=1003 chen", "quit"), "");
        assertThat(out).contains(union + ": 1 hits").contains(CJK_TITLE);
        UnionScan authors = gateway.consortium().engine().scan(new ScanRequest("dc.creator", "chen", 20, 1), List.of())
                .orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(out).contains(authors.entries().get(0).term() + " " + authors.entries().get(0).count());

        String northeast = "tcp:127.0.0.1:" + port + "/northeast";
        String virtual = ClientProcess.run(List.of("zoomsh", "connect " + northeast, "search @attr 1=4 science", "show 0 1", "quit"), "");
        assertThat(virtual).contains(northeast + ": " + engineCount("northeast", "@attr 1=4 science") + " hits");
        UnionRecord top = engineResult(List.of("princeton", "stanford"), "@attr 1=4 science").records().get(0);
        assertThat(virtual).contains("001 " + top.record().controlNumber().orElseThrow());
    }

    private static List<Long> hitCounts(String output) {
        List<Long> counts = new ArrayList<>();
        Matcher m = Pattern.compile("Number of hits: (\\d+)").matcher(output);
        while (m.find()) {
            counts.add(Long.parseLong(m.group(1)));
        }
        return counts;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
