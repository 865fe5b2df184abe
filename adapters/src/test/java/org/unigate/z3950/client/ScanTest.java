package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.spec;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;
import org.unigate.member.ScanTerm;
import org.unigate.rpn.Attribute;

class ScanTest {

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
    void scanUsesTheIndexsUseAttributeAndMapsTheTermsBack() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1));
        client = factory.open(spec(member.address()).build());

        ScanResponse response = await(client.scan(new ScanRequest("dc.title", "alp", 3, 1)));

        assertThat(response.diagnostics()).isEmpty();
        assertThat(response.terms()).containsExactly(new ScanTerm("alpha", null, 1), new ScanTerm("beta", null, 2),
                new ScanTerm("gamma", null, 3));
        org.unigate.z3950.ScanRequest sent = member.received(org.unigate.z3950.ScanRequest.class).get(0);
        assertThat(sent.termListAndStartPoint().attributes()).containsExactly(Attribute.of(Attribute.USE, 4));
        assertThat(sent.termListAndStartPoint().term().value()).isEqualTo("alp");
        assertThat(sent.numberOfTermsRequested()).isEqualTo(3);
        assertThat(sent.preferredPositionInResponse()).isEqualTo(1);
        assertThat(sent.databaseNames()).containsExactly("fake");
    }

    @Test
    void scanningAnIndexTheMapLacksIsADiagnostic() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1));
        client = factory.open(spec(member.address()).build());

        ScanResponse response = await(client.scan(new ScanRequest("dc.nonsense", "a", 3, 1)));

        assertThat(response.terms()).isEmpty();
        assertThat(response.diagnostics()).extracting(Diagnostic::condition).containsExactly(Condition.UNSUPPORTED_INDEX);
        assertThat(member.connections()).isZero();
    }

    @Test
    void aMemberThatDiesOnScanIsReportedUnavailable() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1), r -> r.apdu() instanceof org.unigate.z3950.ScanRequest
                ? new FakeMember.Drop() : r.standard());
        client = factory.open(spec(member.address()).build());

        ScanResponse response = await(client.scan(new ScanRequest("dc.title", "a", 3, 1)));

        assertThat(response.terms()).isEmpty();
        assertThat(response.diagnostics()).extracting(Diagnostic::condition).containsExactly(Condition.DATABASE_UNAVAILABLE);
        assertThat(response.diagnostics()).allSatisfy(d -> assertThat(d.member()).isEqualTo("m1"));
        assertThat(member.received(org.unigate.z3950.ScanRequest.class)).hasSize(2);
    }

    @Test
    void scanCountIsCappedLikeRecords() throws Exception {
        member = FakeMember.start(new FakeCatalogue(List.of(), "UTF-8", List.of("a", "b", "c", "d")));
        Z3950ClientSettings capped = Z3950ClientSettings.DEFAULTS.withLimits(org.unigate.ber.BerLimits.DEFAULT, 1 << 20, 2);
        client = new Z3950ClientFactory(capped).open(spec(member.address()).build());

        ScanResponse response = await(client.scan(new ScanRequest("dc.title", "a", 50, 1)));

        assertThat(member.received(org.unigate.z3950.ScanRequest.class).get(0).numberOfTermsRequested()).isEqualTo(2);
        assertThat(response.terms()).extracting(ScanTerm::term).containsExactly("a", "b");
    }
}
