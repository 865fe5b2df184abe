package org.unigate.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unigate.marc.MarcRecord;


/**
 * Where a round is merged: a small first round on the thread that delivered its last answer (no
 * wait for a pool thread to wake), a large or deeper round on the merge pool (a member's I/O
 * thread is never held long). Observed as the thread the union result is completed on.
 */
class UnionEngineMergeThreadTest {

    private final ExecutorService memberIo = Executors.newSingleThreadExecutor(r -> new Thread(r, "member-io"));
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "merge-pool"));
    private final List<CountDownLatch> holds = new ArrayList<>();

    @AfterEach
    void stop() {
        holds.forEach(CountDownLatch::countDown);
        memberIo.shutdownNow();
        pool.shutdownNow();
    }

    private UnionEngine engine(UnionSettings settings, int recordsPerMember) {
        return UnionEngine.builder()
                .members(List.of(FakeMember.named("a").answeringOn(memberIo, books("a", recordsPerMember)),
                        FakeMember.named("b").answeringOn(memberIo, books("b", recordsPerMember))))
                .deduplicator(new TitleDeduplicator())
                .settings(settings)
                .meterRegistry(new SimpleMeterRegistry())
                .mergeExecutor(pool)
                .build();
    }

    private static List<MarcRecord> books(String member, int n) {
        List<MarcRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Records.book(member + i).title("Book " + member + " " + i).build());
        }
        return out;
    }

    /**
     * The thread that completes what {@code call} starts; members' answers are held until the
     * test has attached to it, so it cannot be the test's own thread.
     */
    private String threadThatCompletes(Supplier<CompletableFuture<?>> call) {
        CountDownLatch hold = new CountDownLatch(1);
        holds.add(hold);
        memberIo.execute(() -> {
            try {
                hold.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CompletableFuture<String> thread = call.get().thenApply(r -> Thread.currentThread().getName());
        hold.countDown();
        return thread.orTimeout(20, TimeUnit.SECONDS).join();
    }

    private static UnionRequest books() {
        return EngineFixture.query("cql.anywhere", "book");
    }

    @Test
    void aSmallFirstRoundIsMergedOnThePoolNeverOnAMembersIoThread() {
        try (UnionEngine engine = engine(UnionSettings.DEFAULTS, 5)) {
            assertThat(threadThatCompletes(() -> engine.search(books()))).isEqualTo("merge-pool");
        }
    }

    @Test
    void aRoundEndedByTheTimeoutTimerIsMergedOnThePool() {
        FakeMember slow = FakeMember.withSpec(FakeMember.spec("slow").timeout(Duration.ofMillis(50)).build()).hanging();
        try (UnionEngine engine = UnionEngine.builder()
                .members(List.of(FakeMember.named("a").answeringOn(memberIo, books("a", 5)), slow))
                .deduplicator(new TitleDeduplicator()).meterRegistry(new SimpleMeterRegistry())
                .mergeExecutor(pool).build()) {
            String thread = engine.search(books()).thenApply(r -> Thread.currentThread().getName())
                    .orTimeout(20, TimeUnit.SECONDS).join();
            assertThat(thread).isEqualTo("merge-pool");
            assertThat(slow.anyCancelled()).as("the timed-out call was called off").isTrue();
        }
    }

    @Test
    void aLargeFirstRoundIsMergedOnThePool() {
        int perMember = RoundMerger.INLINE_MERGE_RECORDS / 2 + 1;
        try (UnionEngine engine = engine(UnionSettings.DEFAULTS.withFirstPageSize(perMember), perMember)) {
            assertThat(threadThatCompletes(() -> engine.search(books()))).isEqualTo("merge-pool");
            assertThat(EngineFixture.search(engine, books()).records()).hasSize(2 * perMember);
        }
    }

    @Test
    void aDeeperRoundIsMergedOnThePool() {
        try (UnionEngine engine = engine(UnionSettings.DEFAULTS.withExactCountLimit(0), 30)) {
            UnionResult first = EngineFixture.search(engine, books());
            assertThat(first.records()).hasSize(2 * UnionSettings.DEFAULTS.firstPageSize());
            assertThat(threadThatCompletes(() -> engine.page(first, 40, 10))).isEqualTo("merge-pool");
            assertThat(engine.page(first, 40, 20).join()).hasSize(20);
        }
    }
}
