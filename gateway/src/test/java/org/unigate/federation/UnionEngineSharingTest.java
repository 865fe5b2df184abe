package org.unigate.federation;

import org.unigate.union.UnionRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.federation.EngineFixture.query;
import static org.unigate.federation.EngineFixture.search;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.member.Sharing;

class UnionEngineSharingTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stopTimer() {
        fixture.close();
    }

    @Test
    void suppressedRecordsAreDroppedBeforeMergingAndCounted() {
        FakeMember tsingyi = FakeMember.withSpec(FakeMember.spec("tsingyi")
                        .sharing(new Sharing(Sharing.Mode.NO_LOCAL_FIELDS, List.of(), List.of("999$s=suppressed"))).build())
                .answering(List.of(
                        Records.book("t1").title("Dream").with(Records.field("999", "s", "suppressed")).build(),
                        Records.book("t2").title("Water margin").with(Records.field("999", "s", "shown")).build()));
        FakeMember other = FakeMember.named("other").answering(List.of(Records.book("o1").title("Dream").build()));

        UnionResult result = search(fixture.engine(tsingyi, other), query("dc.title", "dream"));

        assertThat(result.records()).hasSize(2);
        assertThat(result.records()).flatExtracting(UnionRecord::sources)
                .extracting(s -> s.memberId() + ":" + s.localId())
                .containsExactlyInAnyOrder("tsingyi:t2", "other:o1");
        assertThat(result.records()).allSatisfy(r -> assertThat(r.record().dataFields("999")).isEmpty());
        assertThat(fixture.registry.get("unigate.sharing.suppressed").tag("member", "tsingyi").counter().count())
                .isEqualTo(1.0);
        assertThat(fixture.registry.get("unigate.sharing.stripped.fields").tag("member", "tsingyi").counter().count())
                .isEqualTo(1.0);
    }
}
