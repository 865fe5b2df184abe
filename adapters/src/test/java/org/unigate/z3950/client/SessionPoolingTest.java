package org.unigate.z3950.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.z3950.client.TestMembers.await;
import static org.unigate.z3950.client.TestMembers.cql;
import static org.unigate.z3950.client.TestMembers.eventually;
import static org.unigate.z3950.client.TestMembers.spec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.z3950.Close;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.SearchRequest;

class SessionPoolingTest {

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
    void consecutiveSearchesReuseOneSessionInitialisedOnce() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(3));
        client = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS).open(spec(member.address()).build());

        for (String title : List.of("one", "two", "three")) {
            MemberResponse response = await(client.search(MemberSearch.firstPage(cql("dc.title = " + title), 2)));
            assertThat(response.hits()).isEqualTo(3);
            assertThat(response.records()).hasSize(2);
        }

        assertThat(member.connections()).isEqualTo(1);
        assertThat(member.received(InitializeRequest.class)).hasSize(1);
        assertThat(member.received(SearchRequest.class)).hasSize(3);
    }

    @Test
    void initOffersUtf8AndNamesTheGateway() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1));
        client = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS).open(spec(member.address()).build());

        await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 1)));

        InitializeRequest init = member.received(InitializeRequest.class).get(0);
        assertThat(init.charsetProposal().offers("UTF-8")).isTrue();
        assertThat(init.implementationId()).isEqualTo(Z3950ClientSettings.DEFAULTS.implementationId());
        assertThat(init.implementationName()).isEqualTo(Z3950ClientSettings.DEFAULTS.implementationName());
        assertThat(init.preferredMessageSize()).isEqualTo(Z3950ClientSettings.DEFAULTS.preferredMessageSize());
    }

    @Test
    void concurrentSearchesShareABoundedNumberOfSessions() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(4));
        Z3950ClientSettings settings = Z3950ClientSettings.DEFAULTS.withPool(2, Duration.ofMinutes(1), 100);
        client = new Z3950ClientFactory(settings).open(spec(member.address()).build());

        List<CompletableFuture<MemberResponse>> running = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            running.add(client.search(MemberSearch.firstPage(cql("dc.title = t" + i), 4)));
        }
        for (CompletableFuture<MemberResponse> f : running) {
            assertThat(await(f).records()).hasSize(4);
        }

        assertThat(member.connections()).isBetween(1, 2);
        assertThat(member.received(SearchRequest.class)).hasSize(20);
        assertThat(client.openSessions()).isBetween(1, 2);
    }

    @Test
    void idleSessionsAreClosedAfterTheIdleTimeout() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1));
        Z3950ClientSettings settings = Z3950ClientSettings.DEFAULTS.withPool(2, Duration.ofMillis(200), 10);
        client = new Z3950ClientFactory(settings).open(spec(member.address()).build());

        await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 1)));
        assertThat(member.connections()).isEqualTo(1);

        eventually(() -> client.openSessions() == 0 && member.openConnections() == 0, "idle session closed");
        assertThat(member.received(Close.class)).hasSize(1);

        MemberResponse again = await(client.search(MemberSearch.firstPage(cql("dc.title = x"), 1)));
        assertThat(again.records()).hasSize(1);
        assertThat(member.connections()).isEqualTo(2);
    }

    @Test
    void closingTheLastClientClosesSessionsAndTheSharedEventLoops() throws Exception {
        member = FakeMember.start(FakeCatalogue.numbered(1));
        Z3950ClientFactory factory = new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS);
        Z3950MemberClient first = factory.open(spec(member.address()).build());
        Z3950MemberClient second = factory.open(spec(member.address()).build());
        await(first.search(MemberSearch.firstPage(cql("dc.title = x"), 1)));
        await(second.search(MemberSearch.firstPage(cql("dc.title = x"), 1)));
        assertThat(factory.openClients()).isEqualTo(2);

        first.close();
        eventually(() -> factory.openClients() == 1, "first client let go of the event loops");
        second.close();
        eventually(() -> factory.openClients() == 0, "event loops shut down");

        eventually(() -> member.openConnections() == 0, "sessions closed");
        assertThat(member.received(Close.class)).hasSize(2);
        MemberResponse afterClose = await(first.search(MemberSearch.firstPage(cql("dc.title = x"), 1)));
        assertThat(afterClose.ok()).isFalse();
    }
}
