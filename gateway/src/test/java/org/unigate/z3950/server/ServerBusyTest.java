package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.server.SearchTest.search;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.admission.HeldMember;
import org.unigate.ber.Octets;
import org.unigate.config.AdmissionSettings;
import org.unigate.config.DoorLimits;
import org.unigate.config.ServerSettings;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.federation.UnionSettings;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Term;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.PresentStatus;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Records;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.SortKeySpec;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SortResponse;


/**
 * A server that already has all the operations in progress it takes tells the next Search,
 * Present, Scan and Sort to try again (Bib-1 2, temporary system error), keeps the association
 * open, and serves them normally once a place is free.
 */
class ServerBusyTest {

    private static final Duration RETRY = Duration.ofSeconds(7);
    private static EmbeddedCatalogue catalogue;
    private static HeldMember held;
    private static ServerFixture fixture;
    private static Z3950Service oneAtATime;

    @BeforeAll
    static void start() throws IOException {
        catalogue = EmbeddedCatalogue.inMemory();
        catalogue.load(ServerFixture.eastRecords().stream());
        MemberSpec spec = MemberSpec.builder("held", Protocol.EMBEDDED).name("Held Library")
                .timeout(Duration.ofHours(1)).build();
        held = new HeldMember(new EmbeddedMemberClient(spec, catalogue, Runnable::run));
        fixture = new ServerFixture(Z3950Settings.from(ServerSettings.DEFAULTS), List.of(held),
                UnionSettings.DEFAULTS.withDeadline(Duration.ofHours(1)));
        ServerSettings server = ServerSettings.DEFAULTS
                .withAdmission(AdmissionSettings.DEFAULTS.withZ3950(new DoorLimits(1, 0, RETRY)));
        oneAtATime = new Z3950Service(fixture.engine, fixture.config.withServer(server),
                Z3950Settings.from(ServerSettings.DEFAULTS));
    }

    @AfterAll
    static void stop() throws IOException {
        held.release();
        fixture.close();
        catalogue.close();
    }

    private static void assertBusy(DefaultDiagFormat diagnostic) {
        assertThat(diagnostic.condition()).isEqualTo(Bib1.TEMPORARY_SYSTEM_ERROR);
        assertThat(diagnostic.diagnosticSetId()).isEqualTo(DefaultDiagFormat.BIB1);
        assertThat(diagnostic.addinfo()).contains("try again in 7 s");
    }

    @Test
    void beyondTheOperationsInProgressRequestsAreToldToTryAgainAndServedOnceOneFinishes() throws Exception {
        try (ServerFixture.Client first = ServerFixture.initialised(oneAtATime);
             ServerFixture.Client second = ServerFixture.initialised(oneAtATime)) {
            assertThat(second.<SearchResponse>exchange(search("default", List.of("east"), "@attr 1=4 algebra"))
                    .searchStatus()).isTrue();
            held.hold();
            first.send(search("default", List.of("held"), "@attr 1=4 algebra"));
            held.awaitHeldCall();
            assertThat(first.receive()).isNull();

            SearchResponse search = second.exchange(search("default", List.of("east"), "@attr 1=4 algebra"));
            assertThat(search.searchStatus()).isFalse();
            assertBusy(((Records.NonSurrogateDiagnostic) search.records()).diagnostic());
            PresentResponse present = second.exchange(PresentRequest.of("default", 1, 1, RecordSyntax.USMARC, "F"));
            assertThat(present.presentStatus()).isEqualTo(PresentStatus.FAILURE);
            assertBusy(((Records.NonSurrogateDiagnostic) present.records()).diagnostic());
            ScanResponse scan = second.exchange(new ScanRequest(null, List.of("east"), AttributeSet.BIB1,
                    new AttributesPlusTerm(List.of(Attribute.of(Attribute.USE, 4)), Term.of("algebra")), 0, 5, 1,
                    List.of()));
            assertThat(scan.scanStatus()).isEqualTo(ScanResponse.Status.FAILURE);
            assertBusy((DefaultDiagFormat) scan.entries().nonsurrogateDiagnostics().get(0));
            SortResponse sort = second.exchange(new SortRequest(Octets.utf8("s1"), List.of("default"), "sorted",
                    List.of(SortKeySpec.byUse(4, SortKeySpec.Relation.ASCENDING)), List.of()));
            assertThat(sort.sortStatus()).isEqualTo(SortResponse.Status.FAILURE);
            assertBusy((DefaultDiagFormat) sort.diagnostics().get(0));
            assertThat(second.open()).isTrue();

            held.release();
            SearchResponse answered = (SearchResponse) first.receive();
            assertThat(answered.searchStatus()).isTrue();
            assertThat(answered.resultCount()).isEqualTo(1);

            // The refused search, like any failed one, left no set under its name...
            PresentResponse gone = second.exchange(PresentRequest.of("default", 1, 1, RecordSyntax.USMARC, "F"));
            assertThat(((Records.NonSurrogateDiagnostic) gone.records()).diagnostic().condition())
                    .isEqualTo(Bib1.RESULT_SET_DOES_NOT_EXIST);
            // ...and asked again, it is served.
            SearchResponse again = second.exchange(search("default", List.of("east"), "@attr 1=4 algebra"));
            assertThat(again.searchStatus()).isTrue();
            assertThat(again.resultCount()).isEqualTo(1);
            PresentResponse record = second.exchange(PresentRequest.of("default", 1, 1, RecordSyntax.USMARC, "F"));
            assertThat(record.presentStatus()).isEqualTo(PresentStatus.SUCCESS);
        }
    }
}
