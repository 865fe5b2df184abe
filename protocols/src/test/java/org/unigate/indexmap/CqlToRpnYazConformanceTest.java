package org.unigate.indexmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.cql.CqlParser;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.pqf.PqfParser;
import org.unigate.pqf.YazQueryEcho;
import org.unigate.rpn.RpnQuery;
import org.unigate.testing.SharedData;

/**
 * The acceptance test of the translation: for each CQL query, real YAZ (yaz-client's cql2rpn with
 * the same mapping file, as received and logged by yaz-ztest) and CqlToRpn must give the same
 * Type-1 tree — compared as parsed trees, attribute order included — or the same diagnostic.
 */
class CqlToRpnYazConformanceTest {

    private static final Path YAZ_SAMPLE = Path.of("/usr/share/yaz/etc/pqf.properties");

    /** YAZ's messages for the SRU diagnostics cql2pqf raises, and our conditions for them. */
    private static final Map<String, Condition> YAZ_ERRORS = Map.of(
            "Unsupported index", Condition.UNSUPPORTED_INDEX,
            "Unsupported relation", Condition.UNSUPPORTED_RELATION,
            "Unsupported relation modifier", Condition.UNSUPPORTED_RELATION_MODIFIER,
            "Unsupported context set", Condition.UNSUPPORTED_CONTEXT_SET,
            "Masking character not supported", Condition.UNSUPPORTED_WILDCARD,
            "Anchoring character in unsupported position", Condition.QUERY_FEATURE_UNSUPPORTED,
            "Unsupported boolean modifier", Condition.UNSUPPORTED_BOOLEAN_MODIFIER,
            "Unsupported proximity unit", Condition.UNSUPPORTED_PROXIMITY_UNIT,
            "Unsupported proximity relation", Condition.UNSUPPORTED_PROXIMITY_RELATION);
    private static final Pattern YAZ_ERROR = Pattern.compile("Can't convert CQL to PQF: (.*?)(?: \\(addinfo=(.*)\\))?");

    static final List<String> QUERIES = List.of(
            "knuth",
            "cql.serverChoice = knuth",
            "dc.title = \"art of computer programming\"",
            "title = knuth",
            "DC.TITLE = Knuth",
            "dc.creator = knuth",
            "dc.author = \"Knuth, Donald\"",
            "dc.subject = history and dc.date = 1999",
            "dc.date > 2000",
            "dc.date < 2000",
            "dc.date >= 2000",
            "dc.date <= 2000",
            "dc.date <> 2000",
            "dc.title == \"red chamber\"",
            "dc.title all \"dream red chamber\"",
            "dc.title any \"dream red chamber\"",
            "dc.title any \"comput* ^red chamb?r\"",
            "dc.title = \"^start of title\"",
            "dc.title = \"end of title^\"",
            "dc.title = \"^whole title^\"",
            "dc.title = \"a^b\"",
            "dc.title = \"^\"",
            "dc.title = comput*",
            "dc.title = *puter",
            "dc.title = *put*",
            "dc.title = \"*\"",
            "dc.title = c*ter",
            "dc.title = comp?ter",
            "dc.title = \"12*3\"",
            "dc.title = \"x*1\"",
            "dc.title = \"a\\*b*\"",
            "dc.title = \"a\\?b?\"",
            "dc.title = \"a#b*c\"",
            "dc.title = \"^comput*\"",
            "dc.title = \"say \\\"hi\\\"\"",
            "dc.title = \"back\\\\slash\"",
            "dc.title = \"\"",
            "a and b or c",
            "a or (b and c)",
            "a not b",
            "(a and b) not (c or d)",
            "a prox b",
            "a prox/unit=word/distance<3/ordered b",
            "a prox/unit=sentence b",
            "a prox/unit=paragraph/distance=2 b",
            "a prox/unit=element/unordered b",
            "a prox/distance>=1 b",
            "a prox/distance<>4 b",
            "紅樓夢",
            "dc.title = 紅樓夢 and dc.creator = 曹雪芹",
            "dc.title = \"ノルウェイの森\"",
            "dc.creator = 한강 or dc.title = 채식주의자",
            "dc.title = 中国* and dc.subject all \"歷史 文化\"",
            "dc.title =/relevant knuth",
            "dc.title =/stem computing",
            "dc.title =/relevant/stem knuth",
            "dc.title =/regexp \"comp.*ing\"",
            "dc.title =/unmasked \"a*b\"",
            "dc.title =/masked \"a*b\"",
            "rec.id = 12345",
            "bath.isbn = 9780201896831",
            "bath.isbn = 978020*",
            "bath.issn = 0028-0836",
            "bath.personalName = \"Knuth, Donald E.\"",
            "cql.allRecords = 1",
            "dc.language = chi",
            "dc.publisher = addison",
            "dc.relation = x",
            "dc.title = x sortby dc.date",
            "dc.title adj \"red chamber\"",
            "au = smith",
            "dc.foo = x",
            "foo.title = x",
            "dc.title =/foo x",
            "a and/foo b",
            "a prox/unit=chapter b",
            "a prox/foo b",
            "dc.title =/stem/relevant knuth",
            "dc.title =/foo/bar x",
            "dc.title =/relevant/foo x",
            "a prox/unit=foo b",
            "a prox/unit=Sentence b",
            "a prox/unit=byte b",
            "a prox/unit=document/unit=word b",
            "a prox/distance=2/distance<5 b",
            "a prox/ordered/unordered b",
            "a and/relevant b",
            "dc.title any \"  spaced   words\"",
            "(dc.title = a or dc.title = b) and (dc.creator = c not dc.subject = d*)");

    private static YazQueryEcho yaz;

    @BeforeAll
    static void startYaz() throws Exception {
        yaz = YazQueryEcho.start();
    }

    @AfterAll
    static void stopYaz() throws Exception {
        if (yaz != null) {
            yaz.close();
        }
    }

    @Test
    void sameTreesAndDiagnosticsAsYazWithItsSampleMapping() throws Exception {
        assertConforms(YAZ_SAMPLE, IndexMap.load(YAZ_SAMPLE));
    }

    @Test
    void sameTreesAndDiagnosticsAsYazWithTheZebraMembersMapping() throws Exception {
        Path harness = SharedData.harness().resolve("conf/zebra/cql2pqf.txt");
        assertConforms(harness, IndexMap.load(harness));
    }

    @Test
    void sameTreesAndDiagnosticsAsYazWithOurDefaultMapping(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("default.txt"), IndexMap.defaultMap().toText());
        assertConforms(file, IndexMap.defaultMap());
    }

    private static void assertConforms(Path mapping, IndexMap map) throws Exception {
        CqlToRpn translator = new CqlToRpn(map);
        List<YazQueryEcho.Outcome> outcomes = yaz.cql(mapping, QUERIES);
        List<String> mismatches = new ArrayList<>();
        int agreedTrees = 0;
        for (YazQueryEcho.Outcome yazOutcome : outcomes) {
            String cql = yazOutcome.query();
            Object ours;
            try {
                ours = translator.translate(CqlParser.DEFAULT.parse(cql));
            } catch (DiagnosticException e) {
                ours = e.diagnostic();
            }
            if (yazOutcome.pqf() != null) {
                RpnQuery expected = PqfParser.parse(yazOutcome.pqf());
                if (expected.equals(ours)) {
                    agreedTrees++;
                } else {
                    mismatches.add(cql + "\n   YAZ:  " + yazOutcome.pqf() + "\n   ours: " + describe(ours));
                }
                continue;
            }
            Matcher m = YAZ_ERROR.matcher(yazOutcome.error());
            assertThat(m.matches()).as("yaz-client output for " + cql + ": " + yazOutcome.error()).isTrue();
            Condition expected = YAZ_ERRORS.get(m.group(1));
            assertThat(expected).as("unmapped YAZ error " + m.group(1)).isNotNull();
            boolean same = ours instanceof org.unigate.diag.Diagnostic d && d.condition() == expected
                    && (m.group(2) == null || m.group(2).equals("(null)") || String.valueOf(d.details()).contains(m.group(2)));
            if (!same) {
                mismatches.add(cql + "\n   YAZ:  " + yazOutcome.error() + "\n   ours: " + describe(ours));
            }
        }
        assertThat(mismatches).as("queries where we differ from YAZ with " + mapping).isEmpty();
        assertThat(agreedTrees).as("queries YAZ translated").isGreaterThanOrEqualTo(40);
    }

    private static String describe(Object ours) {
        return ours instanceof RpnQuery q ? org.unigate.pqf.PqfWriter.write(q) : String.valueOf(ours);
    }
}
