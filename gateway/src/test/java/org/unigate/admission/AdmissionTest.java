package org.unigate.admission;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.unigate.config.DoorLimits;

class AdmissionTest {

    private static Admission door(int inFlight, int queued) {
        return new Admission("test", new DoorLimits(inFlight, queued, Duration.ofMillis(2500)));
    }

    private static DoorFullException refusal(CompletableFuture<?> f) {
        assertThat(f).isCompletedExceptionally();
        return DoorFullException.in(f.handle((v, e) -> e).join()).orElseThrow();
    }

    @Test
    void aFullDoorRefusesAtOnceAndTakesTheNextRequestOnceOneFinishes() {
        Admission door = door(1, 0);
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> admitted = door.admit(() -> first);

        DoorFullException full = refusal(door.admit(() -> CompletableFuture.completedFuture("second")));
        assertThat(full.door()).isEqualTo("test");
        assertThat(full.retryAfterSeconds()).isEqualTo(3);
        assertThat(full.advice()).contains("try again in 3 s");

        first.complete("first");
        assertThat(admitted).isCompletedWithValue("first");
        assertThat(door.admit(() -> CompletableFuture.completedFuture("third"))).isCompletedWithValue("third");
        assertThat(door.inFlight()).isZero();
        assertThat(door.rejected()).isEqualTo(1);
    }

    @Test
    void waitingRequestsStartInTheOrderTheyCameWithoutANewcomerOvertakingThem() {
        Admission door = door(1, 2);
        List<String> started = new ArrayList<>();
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        door.admit(() -> {
            started.add("first");
            return first;
        });
        door.admit(() -> {
            started.add("second");
            return second;
        });
        door.admit(() -> {
            started.add("third");
            return CompletableFuture.completedFuture(null);
        });
        assertThat(door.queued()).isEqualTo(2);
        refusal(door.admit(() -> CompletableFuture.completedFuture(null)));

        first.complete(null);
        assertThat(started).containsExactly("first", "second");
        assertThat(door.queued()).isEqualTo(1);
        // The place the first request freed went to the queue, not to this newcomer.
        CompletableFuture<Void> newcomer = door.admit(() -> {
            started.add("newcomer");
            return CompletableFuture.completedFuture(null);
        });
        assertThat(door.queued()).isEqualTo(2);

        second.complete(null);
        assertThat(started).containsExactly("first", "second", "third", "newcomer");
        assertThat(newcomer).isDone();
        assertThat(door.inFlight()).isZero();
    }

    @Test
    void theFinishedRequestsPlaceIsFreeBeforeItsAnswerIsDelivered() {
        Admission door = door(1, 0);
        CompletableFuture<String> work = new CompletableFuture<>();
        CompletableFuture<String> next = door.admit(() -> work)
                .thenCompose(v -> door.admit(() -> CompletableFuture.completedFuture("asked again at once")));
        work.complete("answer");
        assertThat(next).isCompletedWithValue("asked again at once");
    }

    @Test
    void workThatThrowsOrFailsGivesItsPlaceBack() {
        Admission door = door(1, 0);
        CompletableFuture<Object> thrown = door.admit(() -> {
            throw new IllegalStateException("broken");
        });
        assertThat(thrown).isCompletedExceptionally();
        assertThat(DoorFullException.in(thrown.handle((v, e) -> e).join())).isEmpty();
        CompletableFuture<Object> failed = door.admit(() -> CompletableFuture.failedFuture(new IllegalStateException()));
        assertThat(failed).isCompletedExceptionally();
        assertThat(door.admit(() -> CompletableFuture.completedFuture("ok"))).isCompletedWithValue("ok");
    }

    @Test
    void aLongQueueOfWorkThatFinishesAtOnceIsStartedWithoutDeepRecursion() {
        int waiting = 50_000;
        Admission door = door(1, waiting);
        CompletableFuture<Void> first = new CompletableFuture<>();
        door.admit(() -> first);
        List<CompletableFuture<Integer>> queued = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            int n = i;
            queued.add(door.admit(() -> CompletableFuture.completedFuture(n)));
        }
        first.complete(null);   // a StackOverflowError here would fail the test
        assertThat(queued.get(waiting - 1)).isCompletedWithValue(waiting - 1);
        assertThat(door.inFlight()).isZero();
    }

    @Test
    void theDoorIsMeteredInFlightQueuedAndRejected() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Admission door = door(1, 1);
        door.bindTo(registry);
        CompletableFuture<Void> first = new CompletableFuture<>();
        door.admit(() -> first);
        door.admit(() -> CompletableFuture.completedFuture(null));
        door.admit(() -> CompletableFuture.completedFuture(null));

        assertThat(registry.get("unigate.door.in.flight").tag("door", "test").gauge().value()).isEqualTo(1);
        assertThat(registry.get("unigate.door.queued").tag("door", "test").gauge().value()).isEqualTo(1);
        assertThat(registry.get("unigate.door.rejected").tag("door", "test").functionCounter().count()).isEqualTo(1);
        first.complete(null);
        assertThat(registry.get("unigate.door.in.flight").tag("door", "test").gauge().value()).isZero();
        assertThat(registry.get("unigate.door.queued").tag("door", "test").gauge().value()).isZero();
    }

    @Test
    void aFullPoolRefusesWorkInsteadOfQueueingItUnseen() throws Exception {
        try (BoundedPool pool = new BoundedPool("test-pool", 1, 1)) {
            CompletableFuture<Void> block = new CompletableFuture<>();
            CompletableFuture<String> running = pool.call(() -> {
                block.join();
                return "ran";
            });
            CompletableFuture<String> waiting = pool.call(() -> "waited");
            CompletableFuture<String> refused = pool.call(() -> "never");
            assertThat(refused).isCompletedExceptionally();
            assertThat(refused.handle((v, e) -> e).join()).isInstanceOf(java.util.concurrent.RejectedExecutionException.class);

            block.complete(null);
            assertThat(running.join()).isEqualTo("ran");
            assertThat(waiting.join()).isEqualTo("waited");
            assertThat(pool.call(() -> {
                throw new java.io.IOException("bad");
            }).handle((v, e) -> e).join()).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void aRefusalIsFoundThroughTheWrappersLaterStagesPutAroundIt() {
        Admission door = door(1, 0);
        door.admit(CompletableFuture::new);
        Throwable seen = door.admit(() -> CompletableFuture.completedFuture(null)).thenApply(v -> v)
                .handle((v, e) -> e).join();
        assertThat(seen).isInstanceOf(CompletionException.class);
        assertThat(DoorFullException.in(seen)).isPresent();
        assertThat(DoorFullException.in(new IllegalStateException("other"))).isEmpty();
    }
}
