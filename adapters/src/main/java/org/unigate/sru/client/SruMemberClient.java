package org.unigate.sru.client;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.indexmap.IndexMap;
import org.unigate.member.DecodingPool;
import org.unigate.member.Handoff;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberResponse;
import org.unigate.member.MemberSearch;
import org.unigate.member.MemberSpec;
import org.unigate.sru.SruVersion;

/**
 * A member library reached over SRU 1.1, 1.2 or 2.0. The query is rewritten into the member's
 * CQL indexes ({@link MemberIndexes}), sent as a GET (a POST when the URL would be too long),
 * and the response read with StAX on the client's decoding executor, which also completes the
 * future, so that neither Vert.x's event loops nor its worker pool (the SRU front end's) do that
 * work. Every outcome completes the future with a
 * {@link MemberResponse}: an index the member lacks gives {@code UNSUPPORTED_INDEX} without a
 * request; no connection gives {@code DATABASE_UNAVAILABLE}; no complete answer within the
 * member's timeout gives {@code MEMBER_TIMEOUT}; HTTP errors, oversized or malformed responses
 * give {@code MEMBER_ERROR}; the member's own diagnostics come back mapped to conditions.
 * Cancelling a search's future resets its request, which closes the connection, so that a
 * request nobody waits for no longer holds one of the member's connections.
 * The HTTP client is created from the gateway's Vert.x instance and closed with this client.
 * Many members share one decoding executor when opened through {@link SruClientFactory}.
 */
public final class SruMemberClient implements MemberClient {

    private static final int MAX_REDIRECTS = 3;

    private final MemberSpec spec;
    private final Vertx vertx;
    private final HttpClient http;
    private final long timeoutMillis;
    private final SruLimits limits;
    private final SruQueryMapper mapper;
    private final SruRequestBuilder requests;
    private final SruResponseParser parser;
    private final DecodingPool decodingPool;
    private final Executor decoding;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A client with the default limits and a small decoding pool of its own, shut down with it. */
    public SruMemberClient(MemberSpec spec, Vertx vertx) {
        this(spec, vertx, SruLimits.DEFAULT);
    }

    /** A client with a small decoding pool of its own, shut down with it. */
    public SruMemberClient(MemberSpec spec, Vertx vertx, SruLimits limits) {
        this(spec, vertx, limits, DecodingPool.owned(SruClientFactory.DECODING_THREADS));
    }

    /** A client reading answers on {@code decoding}, which the caller owns and shuts down after closing the client. */
    public SruMemberClient(MemberSpec spec, Vertx vertx, SruLimits limits, Executor decoding) {
        this(spec, vertx, limits, DecodingPool.of(decoding));
    }

    /**
     * @throws IllegalArgumentException for a missing address, an unknown SRU version or an unreadable index map
     */
    SruMemberClient(MemberSpec spec, Vertx vertx, SruLimits limits, DecodingPool decodingPool) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (spec.address() == null || spec.address().isBlank()) {
            throw new IllegalArgumentException("SRU member " + spec.id() + " has no base URL (address)");
        }
        SruVersion version = SruVersion.configured(spec.version());
        this.mapper = new SruQueryMapper(new MemberIndexes(IndexMap.defaultMap(), memberMap(spec)), version);
        this.requests = new SruRequestBuilder(spec.address().strip(), version, spec.recordSyntax(), limits.maxUrlLength());
        this.parser = new SruResponseParser(spec.id());
        this.timeoutMillis = Math.max(1, spec.timeout().toMillis());
        // Taken last, once nothing above can refuse the spec; given back by close().
        this.decodingPool = decodingPool;
        this.decoding = decodingPool.acquire();
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setDecompressionSupported(true)
                .setMaxRedirects(MAX_REDIRECTS), new PoolOptions().setHttp1MaxSize(limits.maxConnections()));
    }

    private static IndexMap memberMap(MemberSpec spec) {
        IndexMap base;
        if (spec.indexMap() == null) {
            base = IndexMap.defaultMap();
        } else {
            try {
                base = IndexMap.load(Path.of(spec.indexMap()));
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("SRU member " + spec.id() + ": cannot read index map " + spec.indexMap(), e);
            }
        }
        return spec.indexOverrides().isEmpty() ? base : base.withOverrides(spec.indexOverrides());
    }

    @Override
    public MemberSpec spec() {
        return spec;
    }

    @Override
    public CompletableFuture<MemberResponse> search(MemberSearch search) {
        long start = System.nanoTime();
        if (closed.get()) {
            return CompletableFuture.completedFuture(MemberResponse.failed(spec.id(),
                    Diagnostic.of(Condition.DATABASE_UNAVAILABLE, "member client is closed"), Duration.ZERO));
        }
        SruRequest request;
        try {
            request = requests.searchRetrieve(mapper.map(search.query()), search.offset(), search.count());
        } catch (DiagnosticException e) {
            return CompletableFuture.completedFuture(MemberResponse.failed(spec.id(), e.diagnostic(), elapsed(start)));
        } catch (IllegalArgumentException e) {
            // CqlWriter refuses what CQL cannot express (a relation or modifier no parser made).
            return CompletableFuture.completedFuture(MemberResponse.failed(spec.id(),
                    Diagnostic.of(Condition.QUERY_SYNTAX_ERROR, e.getMessage()), elapsed(start)));
        } catch (RuntimeException e) {
            // The engine gets a diagnostic, never an exception, even from a bug here.
            return CompletableFuture.completedFuture(MemberResponse.failed(spec.id(),
                    Diagnostic.of(Condition.GENERAL_SYSTEM_ERROR, e.toString()), elapsed(start)));
        }
        return new Search(search, start, request).send();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.close();
            decodingPool.release();
        }
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * One search: the exchange, its deadline, and the parse; completes once, whichever comes first,
     * or when the caller cancels it.
     */
    private final class Search {
        private final MemberSearch search;
        private final long start;
        private final CompletableFuture<MemberResponse> result = new CompletableFuture<>();
        private final SruExchange exchange;
        private volatile long timer = -1;

        Search(MemberSearch search, long start, SruRequest request) {
            this.search = search;
            this.start = start;
            this.exchange = new SruExchange(http, request, timeoutMillis, limits.maxResponseBytes());
        }

        CompletableFuture<MemberResponse> send() {
            // However the future ends (answered, timed out, cancelled by a caller done waiting),
            // an unfinished request is reset, closing its connection rather than leaving it busy.
            result.whenComplete((r, e) -> stop());
            try {
                timer = vertx.setTimer(timeoutMillis, id -> fail(new DiagnosticException(
                        Condition.MEMBER_TIMEOUT, "no complete answer within " + timeoutMillis + " ms")));
                exchange.send().onComplete(ar -> {
                    if (ar.succeeded()) {
                        parse(ar.result());
                    } else {
                        fail(ar.cause());
                    }
                });
            } catch (RuntimeException e) {
                // A base URL Vert.x cannot use, or a Vert.x or client closed under us.
                fail(e);
            }
            return result;
        }

        /** Off the event loop: a page of MARCXML takes a while to read. */
        private void parse(SruExchange.Answer answer) {
            if (result.isDone()) {
                return;
            }
            try {
                decoding.execute(() -> read(answer));
            } catch (RejectedExecutionException e) {
                fail(new DiagnosticException(Condition.SYSTEM_TEMPORARILY_UNAVAILABLE,
                        "no decoding thread free to read the answer"));
            }
        }

        /** On the decoding executor, which completes the future too. */
        private void read(SruExchange.Answer answer) {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(SruAnswers.toResponse(spec.id(), search, answer, parser, elapsed(start)));
            } catch (RuntimeException e) {
                result.complete(failed(e));
            }
        }

        /** From an event loop or the timer: the failure is delivered from the decoding executor. */
        private void fail(Throwable failure) {
            Handoff.complete(result, failed(failure), decoding);
        }

        private MemberResponse failed(Throwable failure) {
            return MemberResponse.failed(spec.id(), SruAnswers.diagnostic(failure, spec.timeout()), elapsed(start));
        }

        private void stop() {
            vertx.cancelTimer(timer);
            exchange.abort();
        }
    }
}
