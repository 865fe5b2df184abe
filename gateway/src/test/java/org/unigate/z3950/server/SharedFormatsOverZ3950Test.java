package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.unigate.federation.UnionRequest;
import org.unigate.indexmap.IndexMap;
import org.unigate.indexmap.RpnToCql;
import org.unigate.pqf.PqfParser;
import org.unigate.records.RecordFormats;
import org.unigate.records.UnigateSchema;
import org.unigate.server.GatewayServer;
import org.unigate.testing.ExternalTools;
import org.unigate.testing.SharedData;
import org.unigate.union.UnionRecord;

/**
 * yaz-client asking the gateway for XML the way Zebra users do ({@code format xml}, {@code
 * elements marcxml}) and for the other formats the SRU and OAI-PMH doors share: each record
 * validates against its published schema where there is one, is byte for byte what those
 * doors write, the union record lists every member that holds the work, and an element set a
 * syntax cannot give is diagnostic 25.
 */
class SharedFormatsOverZ3950Test {

    /** The journal Science, catalogued by Princeton and by Stanford: one union record, two holders. */
    private static final String SHARED = "@attr 1=9 17024346";
    private static final String CJK = "@attr 1=4 韩非子";
    private static final String CJK_TITLE = "韓非子集釋";
    /** What yaz-client printed for one present; a record must end its last line for the next to start one. */
    private static final Pattern PRESENT = Pattern.compile("Sent presentRequest .*?\\R(.*?)(?=^nextResultSetPosition)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern XML_RECORD = Pattern.compile("Record type: (?:XML|application-XML)\\R(.*)",
            Pattern.DOTALL);

    private static GatewayServer gateway;
    private static String union;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        ExternalTools.require("yaz-client", "xmllint");
        gateway = CorpusGateway.start(data, List.of(
                CorpusGateway.member("princeton", "Princeton University Library", corpus("princeton.mrc")),
                CorpusGateway.member("stanford", "Stanford University Libraries", corpus("stanford.mrc")),
                CorpusGateway.member("trln", "Triangle Research Libraries", corpus("trln.mrc"))), Map.of());
        union = "tcp:127.0.0.1:" + gateway.z3950Port() + "/union";
    }

    private static String corpus(String file) {
        return SharedData.corpusFile(file).toString();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void marcxmlAsZebraUsersAskForItValidatesAgainstMarc21Slim() throws Exception {
        List<String> answers = presents("find " + SHARED, "format xml", "elements marcxml", "show 1",
                "elements F", "show 1", "elements", "show 1", "elements B", "show 1",
                "find " + CJK, "format xml", "elements marcxml", "show 1");

        List<String> records = answers.stream().map(SharedFormatsOverZ3950Test::xml).toList();
        assertThat(validate(SharedData.schemas().resolve("MARC21slim.xsd"), records)).isEqualTo(records.size());
        assertThat(records.get(0)).startsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\">")
                .contains("<datafield tag=\"650\"").isEqualTo(records.get(1)).isEqualTo(records.get(2));
        assertThat(records.get(3)).as("brief").contains("<datafield tag=\"245\"").doesNotContain("tag=\"650\"");
        assertThat(records.get(4)).as("CJK record, UTF-8 end to end")
                .contains("<subfield code=\"a\">" + CJK_TITLE).contains("<subfield code=\"6\">880-");
    }

    @Test
    void theUnionRecordListsEveryMemberHoldingTheWork() throws Exception {
        String record = xml(presents("find " + SHARED, "format xml", "elements unigate", "show 1").get(0));

        assertThat(validate(UnigateSchema.withSharedMarc(dir), List.of(record))).isEqualTo(1);
        assertThat(record).startsWith("<union:record ")
                .contains("<union:member id=\"princeton\"").contains("name=\"Princeton University Library\"")
                .contains("<union:member id=\"stanford\"").contains("name=\"Stanford University Libraries\"");
        assertThat(record).isEqualTo(sharedFormat("unigate", SHARED));
    }

    @Test
    void dublinCoreAndModsAreWhatTheOtherDoorsWrite() throws Exception {
        List<String> answers = presents("find " + SHARED, "format xml", "elements dc", "show 1",
                "elements oai_dc", "show 1", "elements mods", "show 1", "format application-xml", "show 1");

        List<String> records = answers.stream().map(SharedFormatsOverZ3950Test::xml).toList();
        assertThat(records.get(0)).isEqualTo(sharedFormat("dc", SHARED)).contains("<dc:title>Science");
        assertThat(validate(SharedData.schemas().resolve("oai_dc.xsd"), List.of(records.get(1)))).isEqualTo(1);
        assertThat(records.get(2)).isEqualTo(sharedFormat("mods", SHARED))
                .startsWith("<mods:mods xmlns:mods=\"http://www.loc.gov/mods/v3\"").contains("<mods:title>Science<");
        assertThat(answers.get(3)).contains("Record type: application-XML");
        assertThat(records.get(3)).as("application-xml").isEqualTo(records.get(2));
    }

    @Test
    void elementSetsASyntaxCannotGiveAreDiagnostic25AndUnknownSyntaxes239() throws Exception {
        List<String> answers = presents("find " + SHARED, "format xml", "elements foo", "show 1",
                "elements json", "show 1", "format usmarc", "elements dc", "show 1",
                "format grs-1", "elements F", "show 1", "format usmarc", "show 1");

        assertThat(answers.get(0)).contains("[25] Specified element set name not valid for specified database"
                + " -- v2 addinfo 'foo'");
        assertThat(answers.get(1)).contains("[25] ").contains("addinfo 'json'");
        assertThat(answers.get(2)).contains("[25] ").contains("addinfo 'dc'");
        assertThat(answers.get(3)).contains("[239] Record syntax not supported -- v2 addinfo '1.2.840.10003.5.105'");
        assertThat(answers.get(4)).as("the session goes on").contains("Record type: USmarc");
    }

    /** What the shared format writes for the first record the engine finds, as SRU and OAI-PMH send it. */
    private static String sharedFormat(String format, String pqf) {
        UnionRequest request = new UnionRequest(new RpnToCql(IndexMap.defaultMap()).translate(PqfParser.parse(pqf)),
                gateway.consortium().config().resolveDatabase("union").orElseThrow(), null);
        UnionRecord first = gateway.consortium().engine().search(request).orTimeout(60, TimeUnit.SECONDS).join()
                .records().get(0);
        return RecordFormats.standard(gateway.consortium().config()).find(format).orElseThrow().text(first);
    }

    /** Runs yaz-client against the union; what it printed for each present, in order. */
    private static List<String> presents(String... commands) throws Exception {
        List<String> script = new ArrayList<>(List.of("open " + union));
        script.addAll(List.of(commands));
        script.add("quit");
        String out = ClientProcess.run(List.of("yaz-client"), String.join("\n", script) + "\n");
        List<String> answers = new ArrayList<>();
        Matcher m = PRESENT.matcher(out);
        while (m.find()) {
            answers.add(m.group(1));
        }
        assertThat(answers).as(out).hasSize((int) List.of(commands).stream().filter(c -> c.startsWith("show")).count());
        return answers;
    }

    private static String xml(String answer) {
        Matcher m = XML_RECORD.matcher(answer);
        assertThat(m.find()).as(answer).isTrue();
        return m.group(1).strip();
    }

    /** How many of the documents xmllint finds valid against the schema. */
    private int validate(Path schema, List<String> documents) throws Exception {
        List<String> command = new ArrayList<>(List.of("xmllint", "--nonet", "--noout", "--schema", schema.toString()));
        for (int i = 0; i < documents.size(); i++) {
            Path doc = dir.resolve("record" + i + ".xml");
            Files.writeString(doc, documents.get(i), StandardCharsets.UTF_8);
            command.add(doc.toString());
        }
        String out = ClientProcess.run(command, "");
        assertThat(out).doesNotContain("fails to validate");
        return (int) out.lines().filter(l -> l.endsWith(" validates")).count();
    }
}
