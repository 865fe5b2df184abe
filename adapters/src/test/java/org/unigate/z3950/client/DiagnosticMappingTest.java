package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;
import static org.unigate.z3950.client.TestMembers.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.NamePlusRecord;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.RetrievalRecord;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.SurrogateDiagnostic;
import org.unigate.z3950.Z3950Query;

class DiagnosticMappingTest {

    private final Z3950ClientFactory factory = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS);
    private FakeMember member;
    private Z3950MemberClient client;

    @AfterEach
    void tearDown() throws Exception {
        if (client != null) {
            client.close();
        }
        if (member != null) {
            member.close();
        }
    }

    @Test
    void aFailedSearchReportsTheMembersDiagnosticAndKeepsTheSession() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(2), r -> r.apdu() instanceof SearchRequest s
                && term(s).equals("bad") ? new FakeMember.Reply(SearchResponse.failure(null, DefaultDiagFormat.bib1(114, "1=4")))
                : r.standard());
        client = factory.open(spec(member.address()).build());

        MemberResponse failed = await(client.search(MemberSearch.firstPage(cql("dc.title = bad"), 5)));
        assertThat(failed.ok()).isFalse();
        assertThat(failed.hits()).isZero();
        assertThat(failed.diagnostics()).containsExactly(new Diagnostic(Condition.UNSUPPORTED_INDEX, "1=4", "m1"));

        MemberResponse fine = await(client.search(MemberSearch.firstPage(cql("dc.title = good"), 5)));
        assertThat(fine.records()).hasSize(2);
        assertThat(member.connections()).isEqualTo(1);
    }

    @Test
    void surrogateDiagnosticsStandInForTheirRecordsAndTheOthersAreKept() throws Exception {
        List<NamePlusRecord> mixed = new ArrayList<>();
        mixed.add(new NamePlusRecord("fake", RetrievalRecord.Encoded.usmarc(FakeCatalogue.record("r1", "One"))));
        mixed.add(new NamePlusRecord("fake", new SurrogateDiagnostic(DefaultDiagFormat.bib1(14, "record 2"))));
        mixed.add(new NamePlusRecord("fake", RetrievalRecord.Encoded.usmarc(FakeCatalogue.record("r3", "Three"))));
        member = FakeMember.start(FakeCatalogue.numbered(10), r -> r.apdu() instanceof org.unigate.z3950.PresentRequest
                ? new FakeMember.Reply(PresentResponse.of(null, 1, mixed)) : r.standard());
        client = factory.open(spec(member.address()).build());

        MemberResponse response = await(client.search(new MemberSearch(cql("dc.title = x"), 3, 3)));

        assertThat(response.hits()).isEqualTo(10);
        assertThat(response.records()).extracting(MemberRecord::localId).containsExactly("r1", "r3");
        assertThat(response.diagnostics()).containsExactly(
                new Diagnostic(Condition.RECORD_TEMPORARILY_UNAVAILABLE, "record 2", "m1"));
        assertThat(response.ok()).isTrue();
    }

    @Test
    void aFailedPresentKeepsTheHitCountWithTheDiagnostic() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(10), r -> r.apdu() instanceof org.unigate.z3950.PresentRequest
                ? new FakeMember.Reply(FakeCatalogue.failedPresent(DefaultDiagFormat.bib1(239, "usmarc"))) : r.standard());
        client = factory.open(spec(member.address()).build());

        MemberResponse response = await(client.search(new MemberSearch(cql("dc.title = x"), 2, 3)));

        assertThat(response.hits()).isEqualTo(10);
        assertThat(response.records()).isEmpty();
        assertThat(response.diagnostics()).extracting(Diagnostic::condition).containsExactly(Condition.UNKNOWN_SCHEMA);
    }

    @Test
    void anIndexTheMapLacksIsReportedWithoutAskingTheMember() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1));
        client = factory.open(spec(member.address()).build());

        MemberResponse response = await(client.search(MemberSearch.firstPage(cql("dc.nonsense = x"), 5)));

        assertThat(response.diagnostics()).extracting(Diagnostic::condition).containsExactly(Condition.UNSUPPORTED_INDEX);
        assertThat(response.diagnostics().get(0).member()).isEqualTo("m1");
        assertThat(member.connections()).isZero();
    }

    @Test
    void theMembersIndexOverridesDecideTheUseAttribute() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1));
        client = factory.open(spec(member.address()).indexOverrides(Map.of("index.dc.title", "1=1234")).build());

        await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 5)));

        AttributesPlusTerm sent = (AttributesPlusTerm) ((Z3950Query.Rpn) member.received(SearchRequest.class).get(0).query())
                .query().root();
        assertThat(sent.numeric(Attribute.USE)).contains(1234L);
    }

    private static String term(SearchRequest search) {
        return search.query() instanceof Z3950Query.Rpn rpn && rpn.query().root() instanceof AttributesPlusTerm t
                ? t.term().value() : "";
    }
}
