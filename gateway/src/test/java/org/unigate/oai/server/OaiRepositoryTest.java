package org.unigate.oai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.testing.SharedData;
import org.unigate.testing.ExternalTools;

/**
 * The repository over in-memory feeds: paging across sets, selective harvesting, deleted
 * records, identifiers, and every response checked against the OAI-PMH schema by xmllint.
 */
class OaiRepositoryTest {

    private TestRepository data;
    private OaiRepository repository;

    @BeforeAll
    static void tools() {
        ExternalTools.require("xmllint");
    }

    @BeforeEach
    void fill() {
        data = new TestRepository();
        for (int i = 1; i <= 5; i++) {
            data.alpha.put("a" + i, TestRepository.T0.plus(Duration.ofMinutes(i)), TestRepository.record("a" + i, "Alpha " + i));
        }
        for (int i = 1; i <= 3; i++) {
            data.beta.put("b" + i, TestRepository.T0.plus(Duration.ofDays(1)).plusSeconds(i), TestRepository.record("b" + i, "Beta " + i));
        }
        data.beta.delete("b4", TestRepository.T0.plus(Duration.ofDays(1)).plusSeconds(10));
        for (int i = 1; i <= 4; i++) {
            data.union.put("u" + i, TestRepository.T0.plus(Duration.ofDays(2)).plusMillis(300 * i),
                    TestRepository.unionRecord("u" + i, "Union " + i, "alpha", "beta"));
        }
        repository = data.repository(3);
    }

    /** Follows resumption tokens to the end, checking cursor and completeListSize on each page. */
    private List<String> harvest(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        OaiXml page = OaiXml.ask(repository, query).assertValid();
        String verb = query.replaceAll(".*verb=([A-Za-z]+).*", "$1");
        while (true) {
            assertThat(page.errorCode()).as(page.text()).isEmpty();
            if (page.hasToken()) {
                assertThat(page.xpath("string(//*[local-name()='resumptionToken']/@cursor)"))
                        .isEqualTo(Integer.toString(ids.size()));
            }
            ids.addAll(page.identifiers());
            String token = page.token();
            if (token.isEmpty()) {
                if (page.hasToken()) {
                    assertThat(page.xpath("string(//*[local-name()='resumptionToken']/@completeListSize)"))
                            .isEqualTo(Integer.toString(ids.size()));
                }
                return ids;
            }
            page = OaiXml.ask(repository, "verb=" + verb + "&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                    .assertValid();
        }
    }

    private static List<String> ids(String part, String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "oai:test.example.org:" + part + ":" + prefix + i).toList();
    }

    @Test
    void aListWithoutASetCoversEveryMemberAndTheUnionOnceAcrossPages() throws Exception {
        List<String> expected = new ArrayList<>(ids("alpha", "a", 5));
        expected.addAll(ids("beta", "b", 4));
        expected.addAll(ids("union", "u", 4));
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc")).containsExactlyElementsOf(expected);
        assertThat(harvest("verb=ListRecords&metadataPrefix=marc21")).containsExactlyElementsOf(expected);
    }

    @Test
    void setsSelectOneMemberAllMembersOrTheUnion() throws Exception {
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=member:beta")).isEqualTo(ids("beta", "b", 4));
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=union")).isEqualTo(ids("union", "u", 4));
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=member")).hasSize(9)
                .doesNotContainAnyElementsOf(ids("union", "u", 4));
        OaiXml sets = OaiXml.ask(repository, "verb=ListSets").assertValid();
        assertThat(sets.all("setSpec")).containsExactly("member", "member:alpha", "member:beta", "union");
        assertThat(sets.all("setName")).contains("Beta Library");
    }

    @Test
    void fromAndUntilSelectByDayOrBySecondInclusively() throws Exception {
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-03-02&until=2024-03-02"))
                .isEqualTo(ids("beta", "b", 4));
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-03-01T10:02:00Z&until=2024-03-01T10:03:00Z"))
                .containsExactly("oai:test.example.org:alpha:a2", "oai:test.example.org:alpha:a3");
        // Union datestamps carry milliseconds; shown truncated, they must still match their second.
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=union&until=2024-03-03T10:00:00Z"))
                .containsExactly("oai:test.example.org:union:u1", "oai:test.example.org:union:u2",
                        "oai:test.example.org:union:u3");
        assertThat(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-03-03")).isEqualTo(ids("union", "u", 4));
    }

    @Test
    void deletedRecordsAreListedWithStatusAndWithoutMetadata() throws Exception {
        OaiXml page = OaiXml.ask(data.repository(10), "verb=ListRecords&metadataPrefix=oai_dc&set=member:beta")
                .assertValid();
        assertThat(page.xpath("count(//*[local-name()='header'][@status='deleted'])")).isEqualTo("1");
        assertThat(page.xpath("string(//*[local-name()='header'][@status='deleted']/*[local-name()='identifier'])"))
                .isEqualTo("oai:test.example.org:beta:b4");
        assertThat(page.xpath("count(//*[local-name()='metadata'])")).isEqualTo("3");
        OaiXml get = OaiXml.ask(repository, "verb=GetRecord&metadataPrefix=marc21&identifier=oai:test.example.org:beta:b4")
                .assertValid();
        assertThat(get.xpath("string(//*[local-name()='header']/@status)")).isEqualTo("deleted");
    }

    @Test
    void getRecordWritesEachFormatUnderTheSameHeader() throws Exception {
        OaiXml dc = OaiXml.ask(repository, "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:test.example.org:alpha:a2")
                .assertValid();
        assertThat(dc.xpath("string(//*[local-name()='dc']/*[local-name()='title'])")).isEqualTo("Alpha 2");
        assertThat(dc.xpath("string(//*[local-name()='setSpec'])")).isEqualTo("member:alpha");
        assertThat(dc.xpath("string(//*[local-name()='datestamp'])")).isEqualTo("2024-03-01T10:02:00Z");
        OaiXml marc = OaiXml.ask(repository, "verb=GetRecord&metadataPrefix=marc21&identifier=oai:test.example.org:union:u3")
                .assertValid();
        assertThat(marc.xpath("string(//*[namespace-uri()='http://www.loc.gov/MARC21/slim'][local-name()='controlfield'])"))
                .isEqualTo("u3");
        assertThat(marc.xpath("string(//*[local-name()='datestamp'])")).isEqualTo("2024-03-03T10:00:00Z");
    }

    @Test
    void theUnigateFormatCarriesTheHoldersAndValidatesAgainstItsSchema(@TempDir Path dir) throws Exception {
        OaiXml get = OaiXml.ask(repository, "verb=GetRecord&metadataPrefix=unigate&identifier=oai:test.example.org:union:u2");
        assertThat(get.errorCode()).isEmpty();
        assertThat(get.text()).contains("alpha-u2", "beta-u2");
        Path driver = dir.resolve("unigate-driver.xsd");
        Files.writeString(driver, """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:import namespace="http://www.loc.gov/MARC21/slim" schemaLocation="%s"/>
                  <xs:import namespace="http://unigate.org/ns/union/1.0" schemaLocation="%s"/>
                </xs:schema>
                """.formatted(SharedData.schemas().resolve("MARC21slim.xsd").toUri(),
                Path.of("src/main/resources/org/unigate/records/unigate.xsd").toAbsolutePath().toUri()));
        get.metadataRecord().assertValid(driver);
        OaiXml member = OaiXml.ask(repository, "verb=GetRecord&metadataPrefix=unigate&identifier=oai:test.example.org:alpha:a1");
        member.metadataRecord().assertValid(driver);
        assertThat(member.text()).contains("Main library");
    }

    @Test
    void localIdsOutsideTheIdentifierSyntaxAreEscapedAndFoundAgain() throws Exception {
        String awkward = "lib/2024 #7&ü%";
        data.alpha.put(awkward, TestRepository.T0, TestRepository.record("x", "Awkward"));
        OaiXml list = OaiXml.ask(repository, "verb=ListIdentifiers&metadataPrefix=oai_dc&until=2024-03-01T10:00:00Z")
                .assertValid();
        assertThat(list.identifiers()).containsExactly("oai:test.example.org:alpha:lib%2F2024%20%237%26%C3%BC%25");
        OaiXml get = OaiXml.ask(repository, "verb=GetRecord&metadataPrefix=oai_dc&identifier="
                + URLEncoder.encode(list.identifiers().get(0), StandardCharsets.UTF_8)).assertValid();
        assertThat(get.xpath("string(//*[local-name()='title'])")).isEqualTo("Awkward");
        assertThat(list.identifiers().get(0)).matches(
                "oai:[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+:[a-zA-Z0-9\\-_.!~*'();/?:@&=+$,%]+");
    }

    @Test
    void identifyDescribesTheRepository() throws Exception {
        OaiXml identify = OaiXml.ask(repository, "verb=Identify").assertValid();
        assertThat(identify.xpath("string(//*[local-name()='earliestDatestamp'])")).isEqualTo("2024-03-01T10:01:00Z");
        assertThat(identify.xpath("string(//*[local-name()='granularity'])")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(identify.xpath("string(//*[local-name()='deletedRecord'])")).isEqualTo("persistent");
        assertThat(identify.xpath("string(//*[local-name()='repositoryName'])")).isEqualTo("Test repository");
        assertThat(identify.xpath("string(//*[local-name()='baseURL'])")).isEqualTo("http://test.invalid/oai");
        assertThat(identify.xpath("string(//*[local-name()='sampleIdentifier'])"))
                .isEqualTo("oai:test.example.org:union:u0001");
        assertThat(OaiXml.ask(repository, "verb=ListMetadataFormats").assertValid().all("metadataPrefix"))
                .contains("oai_dc", "marc21");
    }

    @Test
    void aTokenCarriesTheListToAnyNodeWithTheSameKeyButNoOther() throws Exception {
        OaiXml first = OaiXml.ask(repository, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        String token = URLEncoder.encode(first.token(), StandardCharsets.UTF_8);
        OaiXml sameKey = OaiXml.ask(data.repository(3), "verb=ListIdentifiers&resumptionToken=" + token).assertValid();
        assertThat(sameKey.identifiers()).containsExactly("oai:test.example.org:alpha:a4",
                "oai:test.example.org:alpha:a5", "oai:test.example.org:beta:b1");
        byte[] otherKey = "another-key-another-key-another!".getBytes(StandardCharsets.US_ASCII);
        assertThat(OaiXml.ask(data.repository(3, otherKey), "verb=ListIdentifiers&resumptionToken=" + token)
                .assertValid().errorCode()).isEqualTo("badResumptionToken");
    }

    @Test
    void recordsChangedDuringAHarvestAreNeitherLostNorRepeatedBeforeThePointReached() throws Exception {
        OaiXml first = OaiXml.ask(repository, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=member:alpha");
        // a1 changes (moves behind a5): a list resuming after a3 meets it again, at its new place.
        data.alpha.put("a1", TestRepository.T0.plus(Duration.ofHours(1)), TestRepository.record("a1", "Alpha 1 revised"));
        OaiXml second = OaiXml.ask(repository, "verb=ListIdentifiers&resumptionToken="
                + URLEncoder.encode(first.token(), StandardCharsets.UTF_8));
        assertThat(first.identifiers()).containsExactlyElementsOf(ids("alpha", "a", 3));
        assertThat(second.identifiers()).containsExactly("oai:test.example.org:alpha:a4",
                "oai:test.example.org:alpha:a5", "oai:test.example.org:alpha:a1");
    }
}
