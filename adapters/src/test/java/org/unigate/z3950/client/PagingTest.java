package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;
import static org.unigate.z3950.client.TestMembers.spec;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.ber.BerLimits;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.query.SearchQuery;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.Records;
import org.unigate.z3950.SearchRequest;

class PagingTest {

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

    private static List<String> ids(MemberResponse response) {
        return response.records().stream().map(MemberRecord::localId).toList();
    }

    @Test
    void theFirstPageComesPiggybackedOnTheSearch() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(12));
        client = factory.open(spec(member.address()).build());

        MemberResponse response = await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 5)));

        assertThat(response.hits()).isEqualTo(12);
        assertThat(ids(response)).containsExactly("rec1", "rec2", "rec3", "rec4", "rec5");
        SearchRequest search = member.received(SearchRequest.class).get(0);
        assertThat(search.smallSetUpperBound()).isEqualTo(5);
        assertThat(search.mediumSetPresentNumber()).isEqualTo(5);
        assertThat(member.received(PresentRequest.class)).isEmpty();
    }

    @Test
    void deeperPagesArePresentedFromTheSessionsResultSet() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(12));
        client = factory.open(spec(member.address()).build());
        SearchQuery query = cql("dc.title = x");

        MemberResponse first = await(client.search(MemberSearch.firstPage(query, 5)));
        MemberResponse second = await(client.search(new MemberSearch(query, 5, 5)));
        MemberResponse third = await(client.search(new MemberSearch(query, 10, 5)));

        assertThat(ids(first)).containsExactly("rec1", "rec2", "rec3", "rec4", "rec5");
        assertThat(ids(second)).containsExactly("rec6", "rec7", "rec8", "rec9", "rec10");
        assertThat(ids(third)).containsExactly("rec11", "rec12");
        assertThat(third.hits()).isEqualTo(12);
        assertThat(member.received(SearchRequest.class)).hasSize(1);
        assertThat(member.received(PresentRequest.class)).extracting(PresentRequest::resultSetStartPoint)
                .containsExactly(6, 11);
        String name = member.received(SearchRequest.class).get(0).resultSetName();
        assertThat(member.received(PresentRequest.class)).allSatisfy(p -> assertThat(p.resultSetId()).isEqualTo(name));
    }

    @Test
    void anotherQueryOnTheSessionIsSearchedAgain() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(12));
        client = factory.open(spec(member.address()).build());

        await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 5)));
        MemberResponse other = await(client.search(new MemberSearch(cql("dc.title = y"), 5, 5)));

        assertThat(ids(other)).containsExactly("rec6", "rec7", "rec8", "rec9", "rec10");
        assertThat(member.received(SearchRequest.class)).hasSize(2);
        assertThat(member.received(SearchRequest.class).get(1).smallSetUpperBound()).isZero();
    }

    @Test
    void aResultSetTheMemberLostIsSearchedAgain() throws Exception {
        AtomicBoolean forgot = new AtomicBoolean();
        member = FakeMember.start(FakeCatalogue.numbered(12), r -> r.apdu() instanceof PresentRequest
                && forgot.compareAndSet(false, true)
                ? new FakeMember.Reply(FakeCatalogue.failedPresent(DefaultDiagFormat.bib1(27, "unigate"))) : r.standard());
        client = factory.open(spec(member.address()).build());
        SearchQuery query = cql("dc.title = x");

        await(client.search(MemberSearch.firstPage(query, 5)));
        MemberResponse second = await(client.search(new MemberSearch(query, 5, 5)));

        assertThat(second.diagnostics()).isEmpty();
        assertThat(ids(second)).containsExactly("rec6", "rec7", "rec8", "rec9", "rec10");
        assertThat(member.received(SearchRequest.class)).hasSize(2);
    }

    @Test
    void aPresentThatStopsShortIsContinued() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(12), r -> {
            if (r.apdu() instanceof PresentRequest && r.standard() instanceof FakeMember.Reply reply
                    && reply.apdu() instanceof PresentResponse p && p.records() instanceof Records.ResponseRecords all) {
                PresentRequest asked = (PresentRequest) r.apdu();
                return new FakeMember.Reply(PresentResponse.of(null, asked.resultSetStartPoint(), all.records().subList(0, 1)));
            }
            return r.standard();
        });
        client = factory.open(spec(member.address()).build());

        MemberResponse response = await(client.search(new MemberSearch(cql("dc.title = x"), 2, 4)));

        assertThat(ids(response)).containsExactly("rec3", "rec4", "rec5", "rec6");
        assertThat(member.received(PresentRequest.class)).extracting(PresentRequest::resultSetStartPoint)
                .containsExactly(3, 4, 5, 6);
    }

    @Test
    void recordsPerResponseAreCapped() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(12));
        Z3950ClientSettings capped = Z3950ClientSettings.DEFAULTS.withLimits(BerLimits.DEFAULT, 1 << 20, 3);
        client = new Z3950ClientFactory(capped).open(spec(member.address()).build());

        MemberResponse response = await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 10)));

        assertThat(response.hits()).isEqualTo(12);
        assertThat(ids(response)).containsExactly("rec1", "rec2", "rec3");
    }

    @Test
    void aPageBeyondTheResultIsEmptyAndAnEmptyResultHasNoRecords() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(12));
        client = factory.open(spec(member.address()).build());

        MemberResponse beyond = await(client.search(new MemberSearch(cql("dc.title = x"), 20, 5)));
        MemberResponse none = await(client.search(MemberSearch.firstPage(cql("dc.title = nothing"), 5)));

        assertThat(beyond.hits()).isEqualTo(12);
        assertThat(beyond.records()).isEmpty();
        assertThat(beyond.diagnostics()).isEmpty();
        assertThat(none.hits()).isZero();
        assertThat(none.diagnostics()).isEmpty();
        assertThat(member.received(PresentRequest.class)).isEmpty();
    }
}
