package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.ber.Oid;
import org.unigate.config.ServerSettings;
import org.unigate.federation.UnionResult;
import org.unigate.indexmap.IndexMap;
import org.unigate.indexmap.RpnToCql;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.pqf.PqfParser;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.ElementSetNames;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.OtherInfo;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Records;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.Z3950Query;

/** Search: databases, query translation, named result sets, counts, piggy-backed records, diagnostics. */
class SearchTest {

    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(Z3950Settings.from(ServerSettings.DEFAULTS).withMaxResultSets(3),
                List.of(BrokenMember.failing("broken")));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static SearchRequest search(String name, List<String> databases, String pqf) {
        return SearchRequest.of(name, databases, Z3950Query.Rpn.of(PqfParser.parse(pqf)));
    }

    static SearchRequest piggyback(String pqf, int small, int large, int medium, String smallSet, String mediumSet,
                                   Oid syntax) {
        return new SearchRequest(null, small, large, medium, true, "default", List.of("east", "west"),
                smallSet == null ? null : ElementSetNames.of(smallSet),
                mediumSet == null ? null : ElementSetNames.of(mediumSet), syntax,
                Z3950Query.Rpn.of(PqfParser.parse(pqf)), List.of(), List.of());
    }

    private static SearchResponse run(SearchRequest request) {
        try (ServerFixture.Client client = fixture.initialised()) {
            return client.exchange(request);
        }
    }

    private static DefaultDiagFormat diagnostic(SearchResponse response) {
        assertThat(response.searchStatus()).isFalse();
        return ((Records.NonSurrogateDiagnostic) response.records()).diagnostic();
    }

    @Test
    void theResultCountIsTheEnginesDeduplicatedCount() {
        SearchResponse response = run(search("default", List.of("east", "west"), "@attr 1=4 \"red chamber\""));
        UnionResult engine = fixture.engineResult(
                new RpnToCql(IndexMap.defaultMap()).translate(PqfParser.parse("@attr 1=4 \"red chamber\"")),
                List.of("east", "west"));

        assertThat(response.searchStatus()).isTrue();
        assertThat(engine.totalHits()).isEqualTo(2);
        assertThat(response.resultCount()).isEqualTo(engine.count().value()).isEqualTo(1);
        assertThat(response.numberOfRecordsReturned()).isZero();
    }

    @Test
    void databasesSelectMembersAndSeveralNamesSearchTheirUnion() {
        String query = "@attr 1=1003 michael";
        assertThat(run(search("s", List.of("east"), query)).resultCount()).isEqualTo(1);
        assertThat(run(search("s", List.of("west"), query)).resultCount()).isEqualTo(1);
        assertThat(run(search("s", List.of("asia"), query)).resultCount()).isEqualTo(1);
        assertThat(run(search("s", List.of("east", "west"), query)).resultCount()).isEqualTo(2);
        assertThat(run(search("s", List.of("asia", "west", "east"), query)).resultCount()).isEqualTo(2);
    }

    @Test
    void anUnknownDatabaseIsNamedInDiagnostic235() {
        DefaultDiagFormat d = diagnostic(run(search("s", List.of("east", "nowhere"), "@attr 1=4 algebra")));

        assertThat(d.condition()).isEqualTo(235);
        assertThat(d.addinfo()).isEqualTo("nowhere");
        assertThat(diagnostic(run(search("s", List.of("empty"), "@attr 1=4 algebra"))).condition()).isEqualTo(109);
    }

    @Test
    void anUnsupportedUseAttributeIsDiagnostic114NamingIt() {
        DefaultDiagFormat d = diagnostic(run(search("s", List.of("east"), "@attr 1=9999 algebra")));

        assertThat(d.condition()).isEqualTo(114);
        assertThat(d.addinfo()).contains("9999");
    }

    @Test
    void cclIsNotSupportedButCqlIs() {
        assertThat(diagnostic(run(SearchRequest.of("s", List.of("east"), new Z3950Query.Ccl("ti=algebra"))))
                .condition()).isEqualTo(107);
        SearchResponse cql = run(SearchRequest.of("s", List.of("east"), new Z3950Query.Cql("dc.title = algebra")));
        assertThat(cql.searchStatus()).isTrue();
        assertThat(cql.resultCount()).isEqualTo(1);
    }

    @Test
    void anExistingNameIsOnlyReplacedWhenTheClientSaysSo() {
        try (ServerFixture.Client client = fixture.initialised()) {
            SearchResponse first = client.exchange(search("mine", List.of("east"), "@attr 1=4 algebra"));
            SearchRequest again = new SearchRequest(null, 0, 1, 0, false, "mine", List.of("east"), null, null, null,
                    Z3950Query.Rpn.of(PqfParser.parse("@attr 1=4 volume")), List.of(), List.of());
            SearchResponse refused = client.exchange(again);
            SearchResponse other = client.exchange(new SearchRequest(null, 0, 1, 0, false, "other", List.of("east"),
                    null, null, null, Z3950Query.Rpn.of(PqfParser.parse("@attr 1=4 volume")), List.of(), List.of()));

            assertThat(first.resultCount()).isEqualTo(1);
            assertThat(diagnostic(refused).condition()).isEqualTo(21);
            assertThat(diagnostic(refused).addinfo()).isEqualTo("mine");
            assertThat(other.resultCount()).isEqualTo(12);
        }
    }

    @Test
    void aFailedSearchLeavesNoSetUnderItsName() {
        try (ServerFixture.Client client = fixture.initialised()) {
            client.exchange(search("default", List.of("east"), "@attr 1=4 algebra"));
            SearchResponse failed = client.exchange(search("default", List.of("nowhere"), "@attr 1=4 algebra"));
            PresentResponse present = client.exchange(PresentRequest.of("default", 1, 1, null, "F"));

            assertThat(failed.searchStatus()).isFalse();
            assertThat(((Records.NonSurrogateDiagnostic) present.records()).diagnostic().condition()).isEqualTo(30);
        }
    }

    @Test
    void aBareSetReferenceSearchesTheNamedSetAgain() {
        try (ServerFixture.Client client = fixture.initialised()) {
            client.exchange(search("volumes", List.of("east"), "@attr 1=4 volume"));
            SearchResponse again = client.exchange(search("copy", List.of("east"), "@set volumes"));
            SearchResponse missing = client.exchange(search("copy2", List.of("east"), "@set nothing"));
            SearchResponse nested = client.exchange(search("copy3", List.of("east"), "@and @set volumes @attr 1=4 x"));

            assertThat(again.resultCount()).isEqualTo(12);
            assertThat(diagnostic(missing).condition()).isEqualTo(30);
            assertThat(diagnostic(missing).addinfo()).isEqualTo("nothing");
            assertThat(diagnostic(nested).condition()).isEqualTo(18);
        }
    }

    @Test
    void aSessionHoldsABoundedNumberOfNamedSets() {
        try (ServerFixture.Client client = fixture.initialised()) {
            for (String name : List.of("a", "b", "c")) {
                assertThat(client.<SearchResponse>exchange(search(name, List.of("east"), "@attr 1=4 volume"))
                        .searchStatus()).isTrue();
            }
            SearchResponse fourth = client.exchange(search("d", List.of("east"), "@attr 1=4 volume"));
            SearchResponse replaced = client.exchange(search("a", List.of("east"), "@attr 1=4 algebra"));

            assertThat(diagnostic(fourth).condition()).isEqualTo(112);
            assertThat(replaced.resultCount()).isEqualTo(1);
        }
    }

    @Test
    void aSmallSetComesBackWithTheSearchInTheSmallElementSet() throws Exception {
        SearchResponse response = run(piggyback("@attr 1=4 \"red chamber\"", 5, 10, 0, "B", "F", RecordSyntax.USMARC));

        assertThat(response.numberOfRecordsReturned()).isEqualTo(1);
        assertThat(response.nextResultSetPosition()).isEqualTo(2);
        assertThat(response.presentStatus()).isEqualTo(PresentStatus.SUCCESS);
        MarcRecord record = marc(((Records.ResponseRecords) response.records()).records().get(0));
        assertThat(record.firstDataField("245")).isPresent();
        assertThat(record.dataFields("650")).isEmpty();
    }

    @Test
    void aMediumSetSendsTheMediumPresentNumberAndALargeSetNothing() throws Exception {
        SearchResponse medium = run(piggyback("@attr 1=4 volume", 2, 50, 3, "B", "F", null));
        SearchResponse large = run(piggyback("@attr 1=4 volume", 2, 5, 3, "B", "F", null));

        assertThat(medium.resultCount()).isEqualTo(12);
        assertThat(medium.numberOfRecordsReturned()).isEqualTo(3);
        MarcRecord full = marc(((Records.ResponseRecords) medium.records()).records().get(0));
        assertThat(full.dataFields("650")).isNotEmpty();
        assertThat(full.problems()).isEmpty();
        assertThat(large.numberOfRecordsReturned()).isZero();
        assertThat(large.records()).isNull();
    }

    @Test
    void piggyBackingInAnUnsupportedSyntaxStillAnswersTheSearch() {
        SearchResponse response = run(piggyback("@attr 1=4 algebra", 5, 10, 0, "F", "F", RecordSyntax.GRS1));

        assertThat(response.searchStatus()).isTrue();
        assertThat(response.resultCount()).isEqualTo(1);
        assertThat(response.presentStatus()).isEqualTo(PresentStatus.FAILURE);
        DefaultDiagFormat d = ((Records.NonSurrogateDiagnostic) response.records()).diagnostic();
        assertThat(d.condition()).isEqualTo(239);
        assertThat(d.addinfo()).isEqualTo(RecordSyntax.GRS1.toString());
    }

    @Test
    void aFailingMemberIsNotedButTheOthersRecordsStillCount() {
        SearchResponse response = run(search("s", List.of("union"), "@attr 1=1003 michael"));

        assertThat(response.searchStatus()).isTrue();
        assertThat(response.resultCount()).isEqualTo(2);
        assertThat(response.otherInfo()).extracting(OtherInfo::information)
                .anySatisfy(info -> assertThat(((OtherInfo.CharacterInfo) info).text())
                        .startsWith("member broken: Bib-1 109"));
    }

    @Test
    void whenNoMemberAnswersTheSearchFails() {
        DefaultDiagFormat d = diagnostic(run(search("s", List.of("broken"), "@attr 1=1003 michael")));

        assertThat(d.condition()).isEqualTo(109);
        assertThat(d.addinfo()).contains("[broken]");
    }

    static MarcRecord marc(NamePlusRecord record) {
        RetrievalRecord.Encoded encoded = (RetrievalRecord.Encoded) record.content();
        assertThat(encoded.syntax()).isEqualTo(RecordSyntax.USMARC);
        List<MarcRecord> parsed = MarcFiles.stream(new ByteArrayInputStream(encoded.data().toByteArray())).toList();
        assertThat(parsed).hasSize(1);
        // Brief records have no 008 by design; nothing else may be wrong with them.
        assertThat(parsed.get(0).problems()).allSatisfy(p -> assertThat(p.toString()).contains("008"));
        assertThat(parsed.get(0).leader().charAt(9)).isEqualTo('a');
        return parsed.get(0);
    }
}
