package org.unigate.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.AlreadyClosedException;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.feed.LocalCatalogue;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberRecord;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanResponse;

/**
 * A member whose catalogue lives in the gateway's own process. Searches run on a small
 * bounded executor, never on the caller's thread; a query the catalogue cannot answer, a full
 * queue or a closed client each complete the future with a diagnostic.
 */
public final class EmbeddedMemberClient implements MemberClient {

    private static final int OWNED_THREADS = 2;
    private static final int OWNED_QUEUE = 256;

    private final MemberSpec spec;
    private final EmbeddedCatalogue catalogue;
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final boolean ownsCatalogue;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A client over a catalogue and executor the caller owns and closes. */
    public EmbeddedMemberClient(MemberSpec spec, EmbeddedCatalogue catalogue, Executor executor) {
        this(spec, catalogue, executor, null, false);
    }

    private EmbeddedMemberClient(MemberSpec spec, EmbeddedCatalogue catalogue, Executor executor,
                                 ExecutorService ownedExecutor, boolean ownsCatalogue) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ownedExecutor = ownedExecutor;
        this.ownsCatalogue = ownsCatalogue;
    }

    /** Loads the member's {@code paths} into memory; the client owns catalogue and threads. */
    public static EmbeddedMemberClient load(MemberSpec spec) throws IOException {
        return load(spec, RecordSources.discover());
    }

    public static EmbeddedMemberClient load(MemberSpec spec, RecordSources sources) throws IOException {
        EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory();
        try {
            for (String location : spec.paths()) {
                catalogue.load(location, sources);
            }
        } catch (IOException | RuntimeException e) {
            catalogue.close();
            throw e;
        }
        ExecutorService owned = ownedExecutor(spec.id());
        return new EmbeddedMemberClient(spec, catalogue, owned, owned, true);
    }

    /**
     * A client that owns {@code catalogue} (an OAI member's harvested index, say) and its own
     * threads, closing both when closed.
     */
    public static EmbeddedMemberClient owning(MemberSpec spec, EmbeddedCatalogue catalogue) {
        ExecutorService owned = ownedExecutor(spec.id());
        return new EmbeddedMemberClient(spec, catalogue, owned, owned, true);
    }

    private static ExecutorService ownedExecutor(String memberId) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "embedded-" + memberId + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return new ThreadPoolExecutor(OWNED_THREADS, OWNED_THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(OWNED_QUEUE), threads, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public MemberSpec spec() {
        return spec;
    }

    /** The catalogue behind this member, for a harvester that keeps it up to date. */
    public EmbeddedCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public Optional<LocalCatalogue> local() {
        return Optional.of(catalogue);
    }

    @Override
    public CompletableFuture<MemberResponse> search(MemberSearch search) {
        SearchTask task = new SearchTask(search, System.nanoTime());
        if (closed.get()) {
            task.fail(Condition.DATABASE_UNAVAILABLE, "member client is closed");
            return task.future;
        }
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.fail(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE, "embedded member is busy");
        }
        return task.future;
    }

    /** Browses a heading index (title, author, subject) on the executor, like a search. */
    @Override
    public CompletableFuture<ScanResponse> scan(ScanRequest request) {
        ScanTask task = new ScanTask(request);
        if (closed.get()) {
            task.fail(Condition.DATABASE_UNAVAILABLE, "member client is closed");
            return task.future;
        }
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.fail(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE, "embedded member is busy");
        }
        return task.future;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
            try {
                if (!ownedExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                    abandon(ownedExecutor.shutdownNow());
                }
            } catch (InterruptedException e) {
                abandon(ownedExecutor.shutdownNow());
                Thread.currentThread().interrupt();
            }
        }
        if (ownsCatalogue) {
            try {
                catalogue.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing the catalogue of " + spec.id(), e);
            }
        }
    }

    private static void abandon(List<Runnable> neverRun) {
        neverRun.forEach(r -> {
            if (r instanceof SearchTask task) {
                task.fail(Condition.DATABASE_UNAVAILABLE, "member client closed before the search ran");
            } else if (r instanceof ScanTask task) {
                task.fail(Condition.DATABASE_UNAVAILABLE, "member client closed before the scan ran");
            }
        });
    }

    /** One search: runs on the executor unless the caller already gave up on it. */
    private final class SearchTask implements Runnable {
        private final MemberSearch search;
        private final long started;
        private final CompletableFuture<MemberResponse> future = new CompletableFuture<>();

        SearchTask(MemberSearch search, long started) {
            this.search = search;
            this.started = started;
        }

        @Override
        public void run() {
            if (future.isDone()) {
                return; // cancelled or timed out by the engine while queued
            }
            if (closed.get()) {
                fail(Condition.DATABASE_UNAVAILABLE, "member client is closed");
                return;
            }
            try {
                CatalogueResult result = catalogue.search(search.query(), search.offset(), search.count(), spec.timeout());
                List<MemberRecord> records = result.records().stream()
                        .map(hit -> new MemberRecord(spec.id(), hit.localId(), hit.record()))
                        .toList();
                future.complete(new MemberResponse(spec.id(), result.hits(), records, List.of(), elapsed()));
            } catch (DiagnosticException e) {
                future.complete(MemberResponse.failed(spec.id(), e.diagnostic(), elapsed()));
            } catch (AlreadyClosedException e) {
                fail(Condition.DATABASE_UNAVAILABLE, "catalogue is closed");
            } catch (IOException e) {
                fail(Condition.MEMBER_ERROR, "catalogue could not be read: " + e.getMessage());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e); // a bug: the caller sees it rather than waiting forever
                if (e instanceof Error error) {
                    throw error;
                }
            }
        }

        void fail(Condition condition, String details) {
            future.complete(MemberResponse.failed(spec.id(), Diagnostic.of(condition, details), elapsed()));
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }

    /** One scan: runs on the executor unless the caller already gave up on it. */
    private final class ScanTask implements Runnable {
        private final ScanRequest request;
        private final CompletableFuture<ScanResponse> future = new CompletableFuture<>();

        ScanTask(ScanRequest request) {
            this.request = request;
        }

        @Override
        public void run() {
            if (future.isDone()) {
                return;
            }
            if (closed.get()) {
                fail(Condition.DATABASE_UNAVAILABLE, "member client is closed");
                return;
            }
            try {
                future.complete(new ScanResponse(spec.id(), catalogue.scan(request), List.of()));
            } catch (DiagnosticException e) {
                future.complete(new ScanResponse(spec.id(), List.of(), List.of(e.diagnostic().forMember(spec.id()))));
            } catch (AlreadyClosedException e) {
                fail(Condition.DATABASE_UNAVAILABLE, "catalogue is closed");
            } catch (IOException e) {
                fail(Condition.MEMBER_ERROR, "catalogue could not be read: " + e.getMessage());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }

        void fail(Condition condition, String details) {
            future.complete(new ScanResponse(spec.id(), List.of(), List.of(new Diagnostic(condition, details, spec.id()))));
        }
    }
}
