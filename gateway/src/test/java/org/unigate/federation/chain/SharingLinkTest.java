package org.unigate.federation.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.unigate.federation.Records;
import org.unigate.federation.sharing.SharingContext;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberSpec;
import org.unigate.member.Sharing;

class SharingLinkTest {

    private final Sharing rules = new Sharing(Sharing.Mode.NO_LOCAL_FIELDS, List.of(), List.of("999$s=suppressed"));
    private final MemberSpec peak = Calls.spec("peak").sharing(rules).build();
    private final List<String> counted = new CopyOnWriteArrayList<>();
    private final SharingLink link = new SharingLink(Map.of("peak", new SharingFilter(rules)),
            new CallListener() {
                @Override
                public void completed(MemberSpec spec, CallResult result) {
                }

                @Override
                public void shared(String memberId, int suppressed, int strippedFields) {
                    counted.add(memberId + " " + suppressed + " " + strippedFields);
                }
            });

    private CallResult answer() {
        List<MemberRecord> records = List.of(
                new MemberRecord("peak", "p1", Records.book("p1").title("Open")
                        .with(Records.field("949", "a", "shelf 3")).build()),
                new MemberRecord("peak", "p2", Records.book("p2").title("Hidden")
                        .with(Records.field("999", "s", "suppressed")).build()));
        return new CallResult("peak", Calls.SEARCH, CallResult.Outcome.ANSWERED, 2, records, List.of(), Duration.ZERO);
    }

    @Test
    void suppressedRecordsAreWithheldAndLocalFieldsStrippedWhereTheNextPageStartsIsKept() {
        CallResult shared = link.call(Calls.exchange(peak, SharingContext.PUBLIC), new Calls.Fixed(answer())).join();

        assertThat(shared.records()).extracting(MemberRecord::localId).containsExactly("p1");
        assertThat(shared.records().get(0).record().dataFields("949")).isEmpty();
        assertThat(shared.delivered()).isEqualTo(2);
        assertThat(counted).hasSize(1).allMatch(c -> c.startsWith("peak 1 "));
    }

    @Test
    void theMembersOwnStaffSeeItsLocalFields() {
        CallResult staff = link.call(Calls.exchange(peak, SharingContext.staffOf("peak")), new Calls.Fixed(answer()))
                .join();

        assertThat(staff.records().get(0).record().dataFields("949")).hasSize(1);
    }
}
