package org.unigate.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unigate.federation.EngineFixture.query;
import static org.unigate.federation.EngineFixture.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.union.UnionRecord;

/**
 * The one count policy every door reports: exact for results the members can give whole within
 * the limit, so a client can page to the last record it is told about; an estimate beyond it;
 * never more than the members can actually give.
 */
class UnionCountTest {

    private final EngineFixture fixture = new EngineFixture();
    private final UnionSettings settings = UnionSettings.DEFAULTS.withFirstPageSize(10).withExactCountLimit(100);

    @AfterEach
    void stopTimer() {
        fixture.close();
    }

    private static List<MarcRecord> titled(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> Records.book(prefix + i).title(prefix + " work " + i).build()).toList();
    }

    private static List<UnionRecord> page(UnionEngine engine, UnionResult result, int offset, int count) {
        return engine.page(result, offset, count).orTimeout(20, TimeUnit.SECONDS).join();
    }

    @Test
    void aResultWithinTheLimitIsFetchedWholeAndCountedExactlyBeforeItIsAnswered() {
        FakeMember a = FakeMember.named("a").answering(titled("a", 50));
        FakeMember b = FakeMember.named("b").answering(titled("a", 30)); // the same 30 works as a's first 30

        UnionResult result = search(fixture.engine(settings, a, b), query("dc.title", "work"));

        assertThat(result.count()).isEqualTo(UnionCount.exact(50));
        assertThat(result.complete()).isTrue();
        assertThat(result.records()).hasSize(50);
        assertThat(a.searches()).extracting(MemberSearch::offset).containsExactly(0, 10);
    }

    @Test
    void theLastRecordOfAnExactCountCanBePresented() {
        FakeMember a = FakeMember.named("a").answering(titled("a", 45));
        FakeMember b = FakeMember.named("b").answering(titled("b", 37));
        UnionEngine engine = fixture.engine(settings, a, b);
        UnionResult result = search(engine, query("dc.title", "work"));

        long count = result.count().value();
        List<UnionRecord> last = page(engine, result, (int) count - 1, 1);

        assertThat(count).isEqualTo(82);
        assertThat(last).hasSize(1);
        assertThat(page(engine, result, (int) count, 1)).isEmpty();
    }

    @Test
    void aResultBeyondTheLimitIsAnEstimateThatPagingRefines() {
        FakeMember a = FakeMember.named("a").answering(titled("a", 80));
        FakeMember b = FakeMember.named("b").answering(titled("a", 80));
        UnionEngine engine = fixture.engine(settings, a, b);

        UnionResult result = search(engine, query("dc.title", "work"));

        assertThat(result.count().precision()).isEqualTo(UnionCount.Precision.ESTIMATE);
        assertThat(result.count().value()).isEqualTo(80); // 160 member records, every one seen twice
        assertThat(a.calls()).isEqualTo(1);
        page(engine, result, 0, 200);
        assertThat(engine.resultSet(result.id()).orElseThrow().count()).isEqualTo(UnionCount.exact(80));
    }

    @Test
    void anAbsurdHitCountCountsOnlyWhatCanBeFetchedAndIsReported() {
        FakeMember honest = FakeMember.named("honest").answering(titled("h", 5));
        FakeMember boaster = FakeMember.named("boaster").behaving(search -> CompletableFuture.completedFuture(
                new MemberResponse("boaster", 7_600_000_000_000L, records("boaster", search), List.of(), Duration.ZERO)));
        UnionEngine engine = fixture.engine(settings.withPaging(500, 40), honest, boaster);

        UnionResult result = search(engine, query("bath.isbn", "1"));

        assertThat(result.totalHits()).isEqualTo(7_600_000_000_005L);
        assertThat(result.count().value()).isLessThanOrEqualTo(45);
        assertThat(result.member("boaster").orElseThrow().diagnostics())
                .extracting(d -> d.condition()).contains(Condition.PARTIAL_RESULTS_VALID);
        List<UnionRecord> all = page(engine, result, 0, 100);
        assertThat(engine.resultSet(result.id()).orElseThrow().count()).isEqualTo(UnionCount.exact(all.size()));
    }

    @Test
    void aMemberThatStopsShortOfItsHitsIsCountedByWhatItGave() {
        List<MarcRecord> twelve = titled("s", 12);
        FakeMember shortOne = FakeMember.named("short").behaving(search -> CompletableFuture.completedFuture(
                new MemberResponse("short", 90, slice(twelve, search), List.of(), Duration.ZERO)));

        UnionResult result = search(fixture.engine(settings, shortOne), query("dc.title", "work"));

        assertThat(result.count()).isEqualTo(UnionCount.exact(12));
        assertThat(result.member("short").orElseThrow().diagnostics())
                .extracting(d -> d.condition()).containsExactly(Condition.PARTIAL_RESULTS_VALID);
    }

    @Test
    void noMemberAnsweringIsTheOneFatalVerdictWhicheverDoorAsks() {
        UnionResult result = search(fixture.engine(settings, FakeMember.named("down").failingWith(
                new java.io.IOException("connection refused"))), query("dc.title", "work"));

        assertThat(result.fatal()).hasValueSatisfying(d -> {
            assertThat(d.condition()).isEqualTo(Condition.DATABASE_UNAVAILABLE);
            assertThat(d.member()).isEqualTo("down");
        });
    }

    private static List<MemberRecord> records(String member, MemberSearch search) {
        return IntStream.range(search.offset(), search.offset() + search.count())
                .mapToObj(i -> new MemberRecord(member, member + i,
                        Records.book(member + i).title("boast " + i).build()))
                .toList();
    }

    private static List<MemberRecord> slice(List<MarcRecord> all, MemberSearch search) {
        int from = Math.min(all.size(), search.offset());
        int to = Math.min(all.size(), search.offset() + search.count());
        return all.subList(from, to).stream()
                .map(r -> new MemberRecord("short", r.controlNumber().orElseThrow(), r)).toList();
    }
}
