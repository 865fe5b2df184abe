package org.unigate.federation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.member.Sharing;

/**
 * An in-process member for tests: answers from a list of records (slice by offset/count) or
 * behaves badly in a chosen way, and remembers every search it was sent.
 */
final class FakeMember implements MemberClient {

    private final MemberSpec spec;
    private volatile Function<MemberSearch, CompletableFuture<MemberResponse>> behaviour;
    private final List<MemberSearch> searches = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<MemberResponse>> handedOut = new CopyOnWriteArrayList<>();
    private final AtomicInteger closes = new AtomicInteger();

    private FakeMember(MemberSpec spec) {
        this.spec = spec;
        answering(List.of());
    }

    static FakeMember named(String id) {
        return new FakeMember(MemberSpec.builder(id, Protocol.EMBEDDED).timeout(Duration.ofSeconds(5)).build());
    }

    static FakeMember withSpec(MemberSpec spec) {
        return new FakeMember(spec);
    }

    static MemberSpec.Builder spec(String id) {
        return MemberSpec.builder(id, Protocol.EMBEDDED).timeout(Duration.ofSeconds(5)).sharing(Sharing.WHOLE);
    }

    /** Answers with the slice asked for of these records; their 001 is the local id. */
    FakeMember answering(List<MarcRecord> records) {
        List<MarcRecord> all = List.copyOf(records);
        behaviour = search -> {
            int from = Math.min(search.offset(), all.size());
            int to = Math.min(all.size(), from + search.count());
            List<MemberRecord> slice = new ArrayList<>();
            for (MarcRecord r : all.subList(from, to)) {
                slice.add(new MemberRecord(id(), null, r));
            }
            return CompletableFuture.completedFuture(
                    new MemberResponse(id(), all.size(), slice, List.of(), Duration.ofMillis(1)));
        };
        return this;
    }

    FakeMember behaving(Function<MemberSearch, CompletableFuture<MemberResponse>> v) {
        behaviour = v;
        return this;
    }

    /** Answers correctly, but only after {@code delay} (far past any timeout a test sets). */
    FakeMember answeringAfter(Duration delay, List<MarcRecord> records) {
        answering(records);
        Function<MemberSearch, CompletableFuture<MemberResponse>> answer = behaviour;
        behaviour = search -> CompletableFuture.supplyAsync(() -> answer.apply(search).join(),
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
        return this;
    }

    /** Answers correctly, on {@code io}'s thread, as a network client's I/O thread would. */
    FakeMember answeringOn(Executor io, List<MarcRecord> records) {
        answering(records);
        Function<MemberSearch, CompletableFuture<MemberResponse>> answer = behaviour;
        behaviour = search -> CompletableFuture.supplyAsync(() -> answer.apply(search).join(), io);
        return this;
    }

    FakeMember hanging() {
        behaviour = search -> new CompletableFuture<>();
        return this;
    }

    FakeMember failingWith(Throwable error) {
        behaviour = search -> CompletableFuture.failedFuture(error);
        return this;
    }

    FakeMember throwing(RuntimeException error) {
        behaviour = search -> {
            throw error;
        };
        return this;
    }

    @Override
    public MemberSpec spec() {
        return spec;
    }

    @Override
    public CompletableFuture<MemberResponse> search(MemberSearch search) {
        searches.add(search);
        CompletableFuture<MemberResponse> future = behaviour.apply(search);
        handedOut.add(future);
        return future;
    }

    List<MemberSearch> searches() {
        return Collections.unmodifiableList(searches);
    }

    int calls() {
        return searches.size();
    }

    boolean anyCancelled() {
        return handedOut.stream().anyMatch(f -> f != null && f.isCancelled());
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }
}
