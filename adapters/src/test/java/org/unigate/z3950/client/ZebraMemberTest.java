package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;
import org.unigate.member.ScanTerm;
import org.unigate.testing.HarnessMembers;

/** The client against a real Zebra member of the harness (its anchor records are in every member). */
class ZebraMemberTest {

    private static final Z3950ClientFactory FACTORY = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS);
    private static HarnessMembers members;
    private static Z3950MemberClient z1;

    @BeforeAll
    static void start() {
        members = Harness.members();
        z1 = FACTORY.open(Harness.zebra(members, 1).build());
    }

    @AfterAll
    static void stop() {
        if (z1 != null) {
            z1.close();
        }
    }

    private static MemberResponse search(String cql, int count) throws Exception {
        MemberResponse response = await(z1.search(MemberSearch.firstPage(cql(cql), count)));
        assertThat(response.diagnostics()).as(cql).isEmpty();
        return response;
    }

    private static List<String> values(MemberResponse response, String tag, char code) {
        return response.records().stream().flatMap(r -> r.record().values(tag, code).stream()).toList();
    }

    @Test
    void findsByTitle() throws Exception {
        MemberResponse response = search("dc.title = programming", 10);
        assertThat(response.hits()).isPositive();
        assertThat(response.records()).hasSize((int) Math.min(10, response.hits()));
        assertThat(values(response, "245", 'a')).anySatisfy(t -> assertThat(t).containsIgnoringCase("computer programming"));
    }

    @Test
    void findsByAuthor() throws Exception {
        MemberResponse response = search("dc.creator = knuth", 10);
        assertThat(values(response, "100", 'a')).anySatisfy(a -> assertThat(a).startsWith("Knuth"));
    }

    @Test
    void findsByIsbn() throws Exception {
        MemberResponse response = search("bath.isbn = 9780201896831", 10);
        assertThat(response.hits()).isEqualTo(1);
        assertThat(values(response, "020", 'a')).anySatisfy(i -> assertThat(i).contains("9780201896831"));
        assertThat(response.records().get(0).localId()).isNotBlank();
    }

    @Test
    void findsAnywhere() throws Exception {
        MemberResponse response = search("cql.anywhere = melville", 10);
        assertThat(response.hits()).isPositive();
        assertThat(response.records()).allSatisfy(r -> assertThat(r.memberId()).isEqualTo("z1"));
    }

    @Test
    void booleanCountsAddUp() throws Exception {
        long a = search("dc.title = programming", 0).hits();
        long b = search("dc.title = computer", 0).hits();
        long and = search("dc.title = programming and dc.title = computer", 0).hits();
        long or = search("dc.title = programming or dc.title = computer", 0).hits();
        long not = search("dc.title = computer not dc.title = programming", 0).hits();
        assertThat(a).isPositive();
        assertThat(and).isPositive();
        assertThat(or).isEqualTo(a + b - and);
        assertThat(not).isEqualTo(b - and);
    }

    @Test
    void findsCjkTitlesAndReturnsThemAsUnicode() throws Exception {
        MemberResponse response = search("dc.title = 紅樓夢", 10);
        assertThat(response.hits()).isPositive();
        assertThat(response.records()).anySatisfy(r -> assertThat(titles(r.record())).anyMatch(t -> t.contains("紅樓夢")));
    }

    @Test
    void pagesThroughThreePagesWithoutLossOrDuplicates() throws Exception {
        String query = "cql.anywhere = music";
        MemberResponse whole = search(query, 30);
        assertThat(whole.hits()).isGreaterThanOrEqualTo(30);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            MemberResponse slice = await(z1.search(new MemberSearch(cql(query), page * 10, 10)));
            assertThat(slice.diagnostics()).isEmpty();
            assertThat(slice.hits()).isEqualTo(whole.hits());
            slice.records().forEach(r -> paged.add(r.localId()));
        }
        assertThat(paged).hasSize(30).doesNotHaveDuplicates();
        assertThat(new HashSet<>(paged)).hasSize(30);
        assertThat(paged).containsExactlyElementsOf(whole.records().stream().map(MemberRecord::localId).toList());
    }

    @Test
    void readsMarcxmlRecordsToo() throws Exception {
        try (Z3950MemberClient xml = FACTORY.open(Harness.zebra(members, 1).recordSyntax("xml").build())) {
            MemberResponse response = await(xml.search(MemberSearch.firstPage(cql("bath.isbn = 9780201896831"), 1)));
            assertThat(response.diagnostics()).isEmpty();
            assertThat(response.records()).singleElement()
                    .satisfies(r -> assertThat(r.record().values("245", 'a').get(0)).contains("art of computer programming"));
        }
    }

    @Test
    void scansTheTitleIndex() throws Exception {
        ScanResponse response = await(z1.scan(new ScanRequest("dc.title", "a", 10, 1)));
        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.terms()).hasSize(10);
        assertThat(response.terms()).allSatisfy(t -> assertThat(t.count()).isPositive());
        assertThat(response.terms().get(0).term()).isEqualToIgnoringCase("a");
        List<String> terms = response.terms().stream().map(ScanTerm::term).map(String::toLowerCase).toList();
        assertThat(terms).isSorted();
    }

    @Test
    void anAttributeTheMemberLacksComesBackAsItsDiagnostic() throws Exception {
        try (Z3950MemberClient odd = FACTORY.open(Harness.zebra(members, 1)
                .indexOverrides(Map.of("index.dc.title", "1=9999")).build())) {
            MemberResponse response = await(odd.search(MemberSearch.firstPage(cql("dc.title = programming"), 5)));
            assertThat(response.ok()).isFalse();
            assertThat(response.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.condition()).isEqualTo(Condition.UNSUPPORTED_INDEX);
                assertThat(d.details()).contains("9999");
                assertThat(d.member()).isEqualTo("z1");
            });
        }
    }

    @Test
    void anIndexNoMapKnowsIsNotSentAtAll() throws Exception {
        MemberResponse response = await(z1.search(MemberSearch.firstPage(cql("dc.nosuchindex = x"), 5)));
        assertThat(response.diagnostics()).extracting(Diagnostic::condition).containsExactly(Condition.UNSUPPORTED_INDEX);
    }

    private static List<String> titles(MarcRecord record) {
        List<String> titles = new ArrayList<>(record.values("245", 'a'));
        record.alternateGraphics("245").forEach(f -> titles.addAll(f.all('a')));
        return titles;
    }
}
