package org.unigate.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.unigate.federation.fanout.CallResult;
import org.unigate.federation.fanout.CallResult.Outcome;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberSearch;
import org.unigate.member.Sharing;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;

/** Answers are prepared as they arrive, except the round's last, which the merge takes as it is. */
class EarlySharesTest {

    private final List<String> prepared = new CopyOnWriteArrayList<>();
    private final List<String> cached = new CopyOnWriteArrayList<>();
    private final Map<String, SharingFilter> filters = Map.of(
            "a", new SharingFilter(Sharing.WHOLE), "b", new SharingFilter(Sharing.WHOLE));

    private EarlyShares round(int calls) {
        return new EarlyShares(filters, SharingContext.PUBLIC,
                shared -> shared.forEach(r -> prepared.add(r.localId())),
                shared -> shared.forEach(r -> cached.add(r.localId())),
                Runnable::run, calls);
    }

    private static CallResult answer(String member, String... ids) {
        List<MemberRecord> records = Arrays.stream(ids)
                .map(id -> new MemberRecord(member, id, Records.book(id).title("Title " + id).build())).toList();
        MemberSearch search = MemberSearch.firstPage(SearchQuery.of(Clause.of("cql.anywhere", "x")), 10);
        return new CallResult(member, search, Outcome.ANSWERED, ids.length, records, List.of(), Duration.ofMillis(5));
    }

    @Test
    void everyAnswerButTheLastIsPreparedAndCachedAhead() {
        EarlyShares early = round(2);
        CallResult first = answer("a", "a1", "a2");
        CallResult last = answer("b", "b1");
        early.ended(first);
        early.ended(last);

        assertThat(prepared).containsExactly("a1", "a2");
        assertThat(cached).containsExactly("a1", "a2");
        assertThat(early.claim(first)).hasValueSatisfying(filtered -> assertThat(filtered).hasSize(2));
        assertThat(early.claim(last)).as("left to the merge").isEmpty();
    }

    @Test
    void anAnswerIsClaimedOnce() {
        EarlyShares early = round(3);
        CallResult first = answer("a", "a1");
        early.ended(first);
        assertThat(early.claim(first)).isPresent();
        assertThat(early.claim(first)).isEmpty();
    }

    @Test
    void failedCallsCountTowardTheLast() {
        EarlyShares early = round(2);
        MemberSearch search = MemberSearch.firstPage(SearchQuery.of(Clause.of("cql.anywhere", "x")), 10);
        early.ended(new CallResult("b", search, Outcome.TIMED_OUT, 0, List.of(), List.of(), Duration.ofSeconds(5)));
        early.ended(answer("a", "a1"));
        assertThat(prepared).as("the answer that ended the round").isEmpty();
    }
}
