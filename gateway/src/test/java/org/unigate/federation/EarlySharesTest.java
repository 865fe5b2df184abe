package org.unigate.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.unigate.federation.chain.CallResult.Outcome;
import org.unigate.federation.chain.CallResult;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberSearch;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;


/** Answers are prepared as they arrive, except the round's last, which the merge takes as it is. */
class EarlySharesTest {

    private final List<String> prepared = new CopyOnWriteArrayList<>();

    private EarlyShares round(int calls) {
        return new EarlyShares(records -> records.forEach(r -> prepared.add(r.localId())), Runnable::run, calls);
    }

    private static CallResult answer(String member, String... ids) {
        List<MemberRecord> records = Arrays.stream(ids)
                .map(id -> new MemberRecord(member, id, Records.book(id).title("Title " + id).build())).toList();
        MemberSearch search = MemberSearch.firstPage(SearchQuery.of(Clause.of("cql.anywhere", "x")), 10);
        return new CallResult(member, search, Outcome.ANSWERED, ids.length, records, List.of(), Duration.ofMillis(5));
    }

    @Test
    void everyAnswerButTheLastIsPreparedAhead() {
        EarlyShares early = round(2);
        early.ended(answer("a", "a1", "a2"));
        early.ended(answer("b", "b1"));

        assertThat(prepared).containsExactly("a1", "a2");
    }

    @Test
    void aPreparationThatFailsCostsTheRoundNothing() {
        EarlyShares early = new EarlyShares(records -> {
            throw new IllegalStateException("keys");
        }, Runnable::run, 2);

        early.ended(answer("a", "a1"));
        early.ended(answer("b", "b1"));
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
