package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.server.SearchTest.marc;
import static org.unigate.z3950.server.SearchTest.search;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.ber.Oid;
import org.unigate.config.ServerSettings;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.HoldingsAndCirc;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.OpacRecord;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.ProtocolVersion;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Records;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.SortKeySpec;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SurrogateDiagnostic;

/** Present: record syntaxes, element sets, holdings, ranges, message sizes and their diagnostics. */
class PresentTest {

    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        ServerSettings d = ServerSettings.DEFAULTS;
        fixture = new ServerFixture(Z3950Settings.from(new ServerSettings(d.host(), 0, 0, d.idleTimeout(),
                d.sessionTimeout(), 5)), List.of());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** A session holding set {@code name} for the query over east and west. */
    private static ServerFixture.Client withSet(String pqf) {
        ServerFixture.Client client = fixture.initialised();
        SearchResponse found = client.exchange(search("default", List.of("east", "west"), pqf));
        assertThat(found.searchStatus()).isTrue();
        return client;
    }

    private static List<NamePlusRecord> records(PresentResponse response) {
        return ((Records.ResponseRecords) response.records()).records();
    }

    private static DefaultDiagFormat failure(PresentResponse response) {
        assertThat(response.presentStatus()).isEqualTo(PresentStatus.FAILURE);
        return ((Records.NonSurrogateDiagnostic) response.records()).diagnostic();
    }

    private static PresentResponse present(ServerFixture.Client client, int start, int count, Oid syntax, String elements) {
        return client.exchange(PresentRequest.of("default", start, count, syntax, elements));
    }

    @Test
    void usmarcFullRecordsAreUtf8Iso2709WithTheirVernacularFields() throws Exception {
        try (ServerFixture.Client client = withSet("@attr 1=4 \"red chamber\"")) {
            PresentResponse response = present(client, 1, 1, RecordSyntax.USMARC, "F");

            assertThat(response.presentStatus()).isEqualTo(PresentStatus.SUCCESS);
            assertThat(response.numberOfRecordsReturned()).isEqualTo(1);
            assertThat(response.nextResultSetPosition()).isEqualTo(2);
            MarcRecord record = marc(records(response).get(0));
            assertThat(record.problems()).isEmpty();
            assertThat(record.vernacular("245")).map(f -> f.first('a').orElse("")).hasValue("紅樓夢 /");
            assertThat(record.dataFields("650")).isNotEmpty();
        }
    }

    @Test
    void briefRecordsKeepOnlyTheIdentifyingFieldsAndTheirVernacular() throws Exception {
        try (ServerFixture.Client client = withSet("@attr 1=4 \"red chamber\"")) {
            MarcRecord record = marc(records(present(client, 1, 1, null, "b")).get(0));

            assertThat(record.fields()).extracting(Field::tag).containsOnly("001", "020", "100", "245", "880");
            assertThat(record.vernacular("245")).isPresent();
        }
    }

    @Test
    void xmlIsMarcXmlAndSutrsTheLineFormat() {
        try (ServerFixture.Client client = withSet("@attr 1=4 \"red chamber\"")) {
            RetrievalRecord.Encoded xml = (RetrievalRecord.Encoded) records(present(client, 1, 1, RecordSyntax.XML, "F"))
                    .get(0).content();
            RetrievalRecord.Sutrs sutrs = (RetrievalRecord.Sutrs) records(present(client, 1, 1, RecordSyntax.SUTRS, "F"))
                    .get(0).content();

            assertThat(xml.syntax()).isEqualTo(RecordSyntax.XML);
            assertThat(xml.data().text()).contains("<record xmlns=\"http://www.loc.gov/MARC21/slim\"")
                    .contains("<subfield code=\"a\">紅樓夢 /</subfield>").containsPattern("<leader>.{9}a");
            assertThat(sutrs.text()).contains("245    $6 880-01 $a Dream of the red chamber /").contains("紅樓夢");
        }
    }

    @Test
    void opacRecordsListEveryMembersHoldings() throws Exception {
        try (ServerFixture.Client client = withSet("@or @attr 1=4 \"red chamber\" @attr 1=4 algebra")) {
            List<OpacRecord> opac = records(present(client, 1, 2, RecordSyntax.OPAC, "F")).stream()
                    .map(r -> (OpacRecord) r.content()).toList();
            OpacRecord dream = opac.stream().filter(o -> o.holdingsData().size() == 2).findFirst().orElseThrow();
            OpacRecord algebra = opac.stream().filter(o -> o.holdingsData().size() == 1).findFirst().orElseThrow();

            assertThat(marc(new NamePlusRecord(null, dream.bibliographicRecord())).firstDataField("020")).isPresent();
            assertThat(dream.holdingsData()).map(h -> (HoldingsAndCirc) h).satisfiesExactlyInAnyOrder(
                    east -> {
                        assertThat(east.nucCode()).isEqualTo("EAST");
                        assertThat(east.localLocation()).isEqualTo("East University Library / Stacks");
                        assertThat(east.callNumber()).isEqualTo("PL2727 .S2 1973");
                        assertThat(east.enumAndChron()).isEqualTo("v. 1-5");
                    },
                    west -> {
                        assertThat(west.nucCode()).isEqualTo("west");
                        assertThat(west.localLocation()).isEqualTo("West College Library / Main");
                        assertThat(west.callNumber()).isEqualTo("PL2727 .S2");
                    });
            HoldingsAndCirc link = (HoldingsAndCirc) algebra.holdingsData().get(0);
            assertThat(link.nucCode()).isEqualTo("east");
            assertThat(link.publicNote()).isEqualTo("Full text: http://example.org/algebra");
        }
    }

    @Test
    void pagingWalksTheWholeSetWithoutRepeats() {
        try (ServerFixture.Client client = withSet("@attr 1=4 volume")) {
            Set<String> ids = new HashSet<>();
            int next = 1;
            while (next <= 12) {
                PresentResponse page = present(client, next, 5, RecordSyntax.SUTRS, "F");
                assertThat(page.numberOfRecordsReturned()).isPositive();
                records(page).forEach(r -> ids.add(((RetrievalRecord.Sutrs) r.content()).text().lines()
                        .filter(l -> l.startsWith("001")).findFirst().orElseThrow()));
                next = page.nextResultSetPosition();
            }
            assertThat(ids).hasSize(12);
        }
    }

    @Test
    void moreThanMaxRecordsComeBackAsAPartialPresent() {
        try (ServerFixture.Client client = withSet("@attr 1=4 volume")) {
            PresentResponse response = present(client, 1, 10, null, null);

            assertThat(response.numberOfRecordsReturned()).isEqualTo(5);
            assertThat(response.presentStatus()).isEqualTo(PresentStatus.PARTIAL_4);
        }
    }

    @Test
    void wrongSyntaxesElementSetsRangesAndSetsAreDiagnosed() {
        try (ServerFixture.Client client = withSet("@attr 1=4 algebra")) {
            DefaultDiagFormat syntax = failure(present(client, 1, 1, RecordSyntax.GRS1, "F"));
            assertThat(syntax.condition()).isEqualTo(239);
            assertThat(syntax.addinfo()).isEqualTo("1.2.840.10003.5.105");
            DefaultDiagFormat elements = failure(present(client, 1, 1, null, "X"));
            assertThat(elements.condition()).isEqualTo(25);
            assertThat(elements.addinfo()).isEqualTo("X");
            assertThat(failure(present(client, 2, 1, null, "F")).condition()).isEqualTo(13);
            assertThat(failure(present(client, 0, 1, null, "F")).condition()).isEqualTo(13);
            DefaultDiagFormat unknown = failure(client.exchange(PresentRequest.of("elsewhere", 1, 1, null, "F")));
            assertThat(unknown.condition()).isEqualTo(30);
            assertThat(unknown.addinfo()).isEqualTo("elsewhere");
            PresentRequest ranges = new PresentRequest(null, "default", 1, 1,
                    List.of(new PresentRequest.Range(1, 1)), null, null, null, null, null, List.of());
            assertThat(failure(client.exchange(ranges)).condition()).isEqualTo(243);
        }
    }

    /** A session that agreed a 4 KB preferred message size and an 8 KB exceptional record size. */
    private static ServerFixture.Client smallMessages() {
        ServerFixture.Client client = fixture.session();
        client.exchange(new InitializeRequest(null, EnumSet.allOf(ProtocolVersion.class),
                EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.SORT), 4096, 8192, null, null, "small",
                null, null, null, List.of()));
        return client;
    }

    @Test
    void recordsBeyondTheExceptionalSizeAreReplacedByDiagnostic17() {
        try (ServerFixture.Client client = smallMessages()) {
            client.exchange(search("default", List.of("east"), "@attr 1=4 huge"));
            SurrogateDiagnostic d = (SurrogateDiagnostic) records(present(client, 1, 1, null, "F")).get(0).content();

            assertThat(((DefaultDiagFormat) d.diagnostic()).condition()).isEqualTo(17);
        }
    }

    @Test
    void oneRecordOverThePreferredSizeIsSentOnlyWhenItIsTheOneAskedFor() throws Exception {
        try (ServerFixture.Client client = smallMessages()) {
            client.exchange(search("default", List.of("east"), "@or @attr 1=4 large @attr 1=4 algebra"));
            client.exchange(new SortRequest(null, List.of("default"), "default",
                    List.of(SortKeySpec.byUse(4, SortKeySpec.Relation.DESCENDING)), List.of()));

            MarcRecord alone = marc(records(present(client, 1, 1, null, "F")).get(0));
            List<NamePlusRecord> both = records(present(client, 1, 2, null, "F"));

            assertThat(alone.firstDataField("245").flatMap(f -> f.first('a'))).hasValue("Large compendium");
            assertThat(((DefaultDiagFormat) ((SurrogateDiagnostic) both.get(0).content()).diagnostic()).condition())
                    .isEqualTo(16);
            assertThat(marc(both.get(1)).firstDataField("245").map(DataField::subfields).orElseThrow())
                    .anySatisfy(s -> assertThat(s.value()).startsWith("Algebra"));
        }
    }

    @Test
    void aRecordThatNoLongerFitsEndsTheResponseEarly() {
        try (ServerFixture.Client client = smallMessages()) {
            client.exchange(search("default", List.of("east"), "@or @attr 1=4 large @attr 1=4 algebra"));
            client.exchange(new SortRequest(null, List.of("default"), "default",
                    List.of(SortKeySpec.byUse(4, SortKeySpec.Relation.ASCENDING)), List.of()));
            PresentResponse response = present(client, 1, 2, null, "F");

            assertThat(response.presentStatus()).isEqualTo(PresentStatus.PARTIAL_2);
            assertThat(response.numberOfRecordsReturned()).isEqualTo(1);
            assertThat(response.nextResultSetPosition()).isEqualTo(2);
            PresentResponse rest = present(client, 2, 1, null, "F");
            assertThat(rest.presentStatus()).isEqualTo(PresentStatus.SUCCESS);
            assertThat(records(rest).get(0).content()).isInstanceOf(RetrievalRecord.Encoded.class);
        }
    }
}
