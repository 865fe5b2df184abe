package org.unigate.federation;

import org.unigate.union.UnionRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unigate.federation.EngineFixture.query;
import static org.unigate.federation.EngineFixture.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberSearch;

/** Deeper member pages are fetched only when a page needs them, and never reorder earlier pages. */
class UnionEnginePagingTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void stopTimer() {
        fixture.close();
    }
    // Paging on demand is what these tests prove: no count settling up front.
    private final UnionSettings settings = UnionSettings.DEFAULTS.withFirstPageSize(10).withExactCountLimit(0);

    private static List<MarcRecord> titled(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> Records.book(prefix + i).title(prefix + " work " + i).build()).toList();
    }

    private static List<String> ids(List<UnionRecord> records) {
        return records.stream().map(UnionRecord::unionId).toList();
    }

    private static List<UnionRecord> page(UnionEngine engine, UnionResult result, int offset, int count) {
        return engine.page(result, offset, count).orTimeout(20, TimeUnit.SECONDS).join();
    }

    @Test
    void aNewSearchAsksEachMemberForItsFirstPageOnly() {
        FakeMember a = FakeMember.named("a").answering(titled("a", 50));
        FakeMember b = FakeMember.named("b").answering(titled("b", 30));
        UnionEngine engine = fixture.engine(settings, a, b);

        UnionResult result = search(engine, query("dc.title", "work"));

        assertThat(a.searches()).containsExactly(new MemberSearch(a.searches().get(0).query(), 0, 10));
        assertThat(b.calls()).isEqualTo(1);
        assertThat(result.records()).hasSize(20);
        assertThat(result.totalHits()).isEqualTo(80);
        assertThat(result.complete()).isFalse();
        assertThat(page(engine, result, 0, 20)).hasSize(20);
        assertThat(a.calls() + b.calls()).isEqualTo(2);
    }

    @Test
    void aPageBeyondWhatWasFetchedFetchesDeeperWithoutReorderingEarlierPages() {
        FakeMember a = FakeMember.named("a").answering(titled("a", 50));
        FakeMember b = FakeMember.named("b").answering(titled("b", 30));
        UnionEngine engine = fixture.engine(settings, a, b);
        UnionResult result = search(engine, query("dc.title", "work"));
        List<String> firstTwenty = ids(result.records());

        List<UnionRecord> third = page(engine, result, 20, 10);

        assertThat(third).hasSize(10);
        assertThat(a.searches()).extracting(MemberSearch::offset).containsExactly(0, 10);
        assertThat(b.searches()).extracting(MemberSearch::offset).containsExactly(0, 10);
        UnionResult grown = engine.resultSet(result.id()).orElseThrow();
        assertThat(ids(grown.records()).subList(0, 20)).isEqualTo(firstTwenty);
        assertThat(ids(grown.records()).subList(20, 30)).isEqualTo(ids(third));
        assertThat(page(engine, result, 0, 20)).extracting(UnionRecord::unionId).isEqualTo(firstTwenty);
        assertThat(fixture.registry.get("unigate.union.deep.fetches").counter().count()).isEqualTo(2.0);
    }

    @Test
    void pagingToTheEndFetchesEverythingOnceAndMarksTheSetComplete() {
        FakeMember a = FakeMember.named("a").answering(titled("a", 25));
        FakeMember b = FakeMember.named("b").answering(titled("b", 12));
        UnionEngine engine = fixture.engine(settings, a, b);
        UnionResult result = search(engine, query("dc.title", "work"));

        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 40; offset += 7) {
            seen.addAll(ids(page(engine, result, offset, 7)));
        }

        assertThat(seen).hasSize(37).doesNotHaveDuplicates();
        UnionResult done = engine.resultSet(result.id()).orElseThrow();
        assertThat(done.complete()).isTrue();
        assertThat(done.count().value()).isEqualTo(37);
        assertThat(ids(done.records())).isEqualTo(seen);
        assertThat(a.searches()).extracting(MemberSearch::offset).containsExactly(0, 10, 20);
        assertThat(b.searches()).extracting(MemberSearch::offset).containsExactly(0, 10);
        assertThat(page(engine, result, 37, 5)).isEmpty();
    }

    @Test
    void aCopyFoundDeeperJoinsTheWorkAlreadyShownInsteadOfAppearingAgain() {
        List<MarcRecord> aRecords = new ArrayList<>(titled("a", 10));
        aRecords.add(1, Records.book("a-shared").title("Shared work").build());
        List<MarcRecord> bRecords = new ArrayList<>(titled("b", 14));
        bRecords.add(Records.book("b-shared").title("Shared work").build());
        FakeMember a = FakeMember.named("a").answering(aRecords);
        FakeMember b = FakeMember.named("b").answering(bRecords);
        UnionEngine engine = fixture.engine(settings, a, b);
        UnionResult result = search(engine, query("dc.title", "work"));
        int sharedAt = ids(result.records()).indexOf("a:a-shared");
        assertThat(result.records().get(sharedAt).memberIds()).containsExactly("a");

        page(engine, result, 20, 10);

        UnionResult grown = engine.resultSet(result.id()).orElseThrow();
        assertThat(ids(grown.records()).indexOf("a:a-shared")).isEqualTo(sharedAt);
        assertThat(grown.records().get(sharedAt).memberIds()).containsExactly("a", "b");
        assertThat(grown.records()).filteredOn(r -> r.memberIds().contains("b") && r.record().values("245", 'a').contains("Shared work"))
                .hasSize(1);
    }

    @Test
    void concurrentPageRequestsShareOneDeeperFetch() {
        FakeMember a = FakeMember.named("a").answering(titled("a", 100));
        UnionEngine engine = fixture.engine(settings, a);
        UnionResult result = search(engine, query("dc.title", "work"));

        CompletableFuture<List<UnionRecord>> one = engine.page(result, 10, 5);
        CompletableFuture<List<UnionRecord>> two = engine.page(result, 12, 5);

        assertThat(ids(one.join()).subList(2, 5)).isEqualTo(ids(two.join()).subList(0, 3));
        assertThat(a.searches()).extracting(MemberSearch::offset).containsExactly(0, 10);
    }

    @Test
    void badPagesAndUnknownSetsAreDiagnosed() {
        UnionEngine engine = fixture.engine(settings, FakeMember.named("a").answering(titled("a", 3)));
        UnionResult result = search(engine, query("dc.title", "work"));
        assertThatThrownBy(() -> engine.page("no-such-set", 0, 1).join())
                .cause().isInstanceOf(DiagnosticException.class)
                .satisfies(e -> assertThat(((DiagnosticException) e).diagnostic().condition())
                        .isEqualTo(Condition.RESULT_SET_DOES_NOT_EXIST));
        assertThatThrownBy(() -> engine.page(result, 0, 100_000).join())
                .cause().satisfies(e -> assertThat(((DiagnosticException) e).diagnostic().condition())
                        .isEqualTo(Condition.TOO_MANY_RECORDS_REQUESTED));
        assertThatThrownBy(() -> engine.page(result, -1, 1).join()).cause().isInstanceOf(DiagnosticException.class);
    }

    @Test
    void aResultSetReferenceAnswersWithThatSet() {
        UnionEngine engine = fixture.engine(settings, FakeMember.named("a").answering(titled("a", 3)));
        UnionResult result = search(engine, query("dc.title", "work"));
        UnionResult again = search(engine, UnionRequest.of(
                org.unigate.query.SearchQuery.of(new org.unigate.query.ResultSetRef(result.id()))));
        assertThat(again.id()).isEqualTo(result.id());
    }
}
