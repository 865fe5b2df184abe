package org.unigate.federation;

import org.unigate.federation.sharing.SharingContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.federation.EngineFixture.query;
import static org.unigate.federation.EngineFixture.search;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.marc.MarcRecord;
import org.unigate.member.Sharing;

class UnionEngineCacheTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stopTimer() {
        fixture.close();
    }
    private final MarcRecord withLocalField = Records.book("p1").title("Dream")
            .with(Records.field("949", "a", "Shelved in the staff room")).build();

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheWithTheSameResult() {
        FakeMember a = FakeMember.named("a").answering(List.of(Records.book("a1").title("Dream").build()));
        UnionEngine engine = fixture.engine(a);

        UnionResult first = search(engine, query("dc.title", "dream"));
        UnionResult second = search(engine, query("dc.title", "dream"));

        assertThat(second).isEqualTo(first);
        assertThat(a.calls()).isEqualTo(1);
        assertThat(fixture.registry.get("unigate.union.search").tag("cached", "true").timer().count()).isEqualTo(1);
        assertThat(fixture.registry.get("cache.gets").tags("cache", "unigate.union.results", "result", "miss")
                .functionCounter().count()).isEqualTo(1.0);
    }

    @Test
    void aDifferentQueryOrMemberSetIsNotAHit() {
        FakeMember a = FakeMember.named("a").answering(List.of(Records.book("a1").title("Dream").build()));
        FakeMember b = FakeMember.named("b").answering(List.of());
        UnionEngine engine = fixture.engine(a, b);
        search(engine, query("dc.title", "dream"));
        search(engine, query("dc.title", "Dream"));
        search(engine, query("dc.title", "dream").withMembers(List.of("a")));
        search(engine, query("dc.title", "dream").withMembers(List.of("b", "a")));
        assertThat(a.calls()).isEqualTo(3);
    }

    @Test
    void restrictedDataNeverReachesAnotherSharingContext() {
        FakeMember peak = FakeMember.withSpec(FakeMember.spec("peak")
                .sharing(new Sharing(Sharing.Mode.NO_LOCAL_FIELDS, List.of(), List.of())).build())
                .answering(List.of(withLocalField));
        UnionEngine engine = fixture.engine(peak);
        UnionRequest staffRequest = query("dc.title", "dream")
                .withOptions(UnionOptions.DEFAULT.withSharing(SharingContext.staffOf("peak")));

        UnionResult staff = search(engine, staffRequest);
        UnionResult publicView = search(engine, query("dc.title", "dream"));
        UnionResult staffAgain = search(engine, staffRequest);

        assertThat(peak.calls()).isEqualTo(2);
        assertThat(staff.records().get(0).record().dataFields("949")).hasSize(1);
        assertThat(publicView.id()).isNotEqualTo(staff.id());
        assertThat(publicView.records().get(0).record().dataFields("949")).isEmpty();
        assertThat(publicView.records().get(0).sources().get(0).record().dataFields("949")).isEmpty();
        assertThat(staffAgain.id()).isEqualTo(staff.id());
        assertThat(engine.memberRecord("peak", "p1", SharingContext.PUBLIC).orElseThrow().dataFields("949")).isEmpty();
        assertThat(engine.memberRecord("peak", "p1", SharingContext.staffOf("peak")).orElseThrow().dataFields("949")).hasSize(1);
        // One cached copy as the member sent it, shown to each audience through the member's rules.
        assertThat(engine.memberRecord("peak", "p1", new SharingContext("staff:peak", java.util.Set.of())).orElseThrow()
                .dataFields("949")).isEmpty();
    }

    @Test
    void aResultWithAFailedMemberIsNotReused() {
        FakeMember slow = FakeMember.withSpec(FakeMember.spec("slow").timeout(Duration.ofMillis(100)).build()).hanging();
        FakeMember a = FakeMember.named("a").answering(List.of(Records.book("a1").title("Dream").build()));
        UnionEngine engine = fixture.engine(slow, a);

        UnionResult first = search(engine, query("dc.title", "dream"));
        UnionResult second = search(engine, query("dc.title", "dream"));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(a.calls()).isEqualTo(2);
        assertThat(engine.resultSet(first.id())).isPresent();
    }

    @Test
    void cachedResultsExpire() {
        FakeMember a = FakeMember.named("a").answering(List.of(Records.book("a1").title("Dream").build()));
        UnionEngine engine = fixture.engine(UnionSettings.DEFAULTS.withCache(100, Duration.ofMinutes(1)), a);
        search(engine, query("dc.title", "dream"));
        fixture.advance(Duration.ofSeconds(61));
        search(engine, query("dc.title", "dream"));
        assertThat(a.calls()).isEqualTo(2);
    }
}
