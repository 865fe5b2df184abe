package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;

/**
 * The client against yaz-ztest, a misbehaving member: it invents hit counts, negotiates
 * ISO-8859-1 when asked for UTF-8, and its Scan handler kills the connection.
 */
class ZtestMemberTest {

    private static final Z3950ClientFactory FACTORY = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS);
    private static Z3950MemberClient ztest;

    @BeforeAll
    static void start() {
        ztest = FACTORY.open(Harness.ztest(Harness.members()).build());
    }

    @AfterAll
    static void stop() {
        if (ztest != null) {
            ztest.close();
        }
    }

    @Test
    void itsInventedResultsComeBackAsRecords() throws Exception {
        MemberResponse response = await(ztest.search(MemberSearch.firstPage(cql("dc.title = computer"), 3)));

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.hits()).isPositive();
        assertThat(response.records()).hasSize((int) Math.min(3, response.hits()));
        assertThat(response.records()).allSatisfy(r -> assertThat(r.record().values("245", 'a')).isNotEmpty());
    }

    @Test
    void aLatin1SessionIsReportedForTermsBeyondAscii() throws Exception {
        MemberResponse response = await(ztest.search(MemberSearch.firstPage(cql("dc.title = 紅樓夢"), 1)));

        assertThat(response.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.condition()).isEqualTo(Condition.QUERY_FEATURE_UNSUPPORTED);
            assertThat(d.details()).contains("ISO-8859-1");
            assertThat(d.member()).isEqualTo("ztest");
        });
    }

    @Test
    void aScanThatKillsItsConnectionIsReportedNotThrown() throws Exception {
        ScanResponse response = await(ztest.scan(new ScanRequest("dc.title", "a", 5, 1)));

        assertThat(response.terms()).isEmpty();
        assertThat(response.diagnostics()).extracting(Diagnostic::condition).containsExactly(Condition.DATABASE_UNAVAILABLE);

        MemberResponse after = await(ztest.search(MemberSearch.firstPage(cql("dc.title = computer"), 1)));
        assertThat(after.records()).hasSize(1);
    }
}
