package org.unigate.sru.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.admission.Admission;
import org.unigate.admission.BoundedPool;
import org.unigate.admission.DoorFullException;
import org.unigate.config.ConsortiumConfig;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.federation.UnionEngine;
import org.unigate.http.Busy;
import org.unigate.http.HttpEndpoint;
import org.unigate.indexmap.IndexMap;
import org.unigate.records.RecordFormats;
import org.unigate.sru.SruVersion;

/**
 * SRU 1.1, 1.2 and 2.0 over HTTP GET and form-encoded POST: {@code <path>} searches the union,
 * {@code <path>/<database>} one member or a virtual database. The engine's futures are composed,
 * never waited on, and response documents are written on the door's own bounded pool, so the
 * event loop only routes and member answers never queue behind responses. Every answer is a
 * schema-valid SRU document with status 200, diagnostics included; only transport-level refusals
 * (an oversized body: 413) are HTTP errors, and a full door (its requests in progress and waiting
 * at their limits): 503 with Retry-After around diagnostic 2, "System temporarily unavailable".
 */
public final class SruEndpoint implements HttpEndpoint, MeterBinder, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SruEndpoint.class);
    private static final int MAX_PARAMETERS = 256;

    private final Vertx vertx;
    private final ConsortiumConfig config;
    private final SruRequestParser parser;
    private final SearchRetrieveHandler search;
    private final ScanHandler scan;
    private final ExplainWriter explain;
    private final Admission door;
    private final BoundedPool writers;

    public SruEndpoint(Vertx vertx, UnionEngine engine, ConsortiumConfig config) {
        this(vertx, engine, config, RecordFormats.standard(config));
    }

    public SruEndpoint(Vertx vertx, UnionEngine engine, ConsortiumConfig config, RecordFormats formats) {
        this.vertx = vertx;
        this.config = config;
        this.parser = new SruRequestParser(config.sru(), config.server().maxRecords(), formats);
        this.search = new SearchRetrieveHandler(engine);
        this.scan = new ScanHandler(engine);
        this.explain = new ExplainWriter(config, formats, IndexMap.defaultMap());
        this.door = new Admission("sru", config.server().admission().sru());
        // Each admitted request has at most one document in writing, so the queue never overflows.
        this.writers = new BoundedPool("sru-writer",
                Math.min(door.maxInFlight(), Runtime.getRuntime().availableProcessors()), door.maxInFlight());
    }

    @Override
    public void mount(Router router) {
        String path = config.sru().path();
        for (String route : List.of(path, path + "/:database")) {
            router.route(route).method(HttpMethod.GET).method(HttpMethod.POST)
                    .handler(ctx -> serve(ctx, ctx.pathParam("database")))
                    .failureHandler(SruEndpoint::refused);
        }
    }

    private void serve(RoutingContext ctx, String database) {
        SruRequest request;
        List<String> members;
        try {
            request = parser.parse(parameters(ctx));
            members = config.resolveDatabase(database).orElseThrow(() -> new SruFailure(request.version(),
                    operation(request), SruDiagnostic.of(Condition.DATABASE_DOES_NOT_EXIST, database)));
        } catch (SruFailure f) {
            fail(ctx, f.version(), f.operation(), null, f.diagnostic());
            return;
        } catch (IllegalArgumentException e) {   // parameters the HTTP layer could not decode
            fail(ctx, parser.defaultVersion(), Operation.SEARCH_RETRIEVE, null,
                    SruDiagnostic.of(Condition.UNSUPPORTED_PARAMETER_VALUE, null, "Malformed request parameters"));
            return;
        }
        ExplainWriter.Address address = request instanceof SruRequest.Explain ? address(ctx, database) : null;
        Context context = vertx.getOrCreateContext();
        Future<byte[]> body = Future.fromCompletionStage(door.admit(() -> answer(request, members, address)), context);
        String stylesheet = request.presentation().stylesheet();
        body.onSuccess(bytes -> send(ctx, request.presentation().contentType(), bytes))
                .onFailure(error -> {
                    Optional<DoorFullException> full = DoorFullException.in(error);
                    if (full.isPresent()) {
                        Busy.refuse(ctx.response(), full.get());
                        Condition busy = Condition.SYSTEM_TEMPORARILY_UNAVAILABLE;
                        fail(ctx, request.version(), operation(request), stylesheet,
                                SruDiagnostic.of(busy, null, busy.message() + ": " + full.get().advice()));
                        return;
                    }
                    SruFailure f = unwrap(error);
                    if (f == null && !(rootCause(error) instanceof DiagnosticException)) {
                        LOG.warn("SRU {} failed", operation(request), error);
                    }
                    fail(ctx, request.version(), operation(request), stylesheet,
                            f != null ? f.diagnostic() : SruDiagnostic.of(error));
                });
    }

    private CompletableFuture<byte[]> answer(SruRequest request, List<String> members, ExplainWriter.Address address) {
        if (request instanceof SruRequest.SearchRetrieve s) {
            return search.handle(s, members).thenCompose(page -> writers.call(() -> SearchResponseWriter.write(page)));
        }
        if (request instanceof SruRequest.Scan s) {
            return scan.handle(s, members).thenCompose(result -> writers.call(() -> ScanHandler.write(s, result)));
        }
        return writers.call(() -> explain.write((SruRequest.Explain) request, address));
    }

    private static void fail(RoutingContext ctx, SruVersion version, Operation operation, String stylesheet,
                             SruDiagnostic diagnostic) {
        try {
            send(ctx, SruRequestParser.DEFAULT_CONTENT_TYPE,
                    SearchResponseWriter.failure(version, operation, stylesheet, diagnostic));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }

    private static void send(RoutingContext ctx, String contentType, byte[] body) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;   // the client went away while we worked
        }
        ctx.response()
                .putHeader("Content-Type", contentType + "; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(body));
    }

    /** Transport-level refusals: say what went wrong in plain words instead of an empty error page. */
    private static void refused(RoutingContext ctx) {
        int status = ctx.statusCode() < 0 ? 500 : ctx.statusCode();
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        String reason = status == 413
                ? "Request body too large: SRU POSTs are limited to 64 KiB of form-encoded parameters.\n"
                : "Request failed (HTTP " + status + ").\n";
        if (status >= 500) {
            LOG.warn("SRU request failed", ctx.failure());
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8")
                .putHeader("Connection", "close").end(reason);
    }

    private static SruFailure unwrap(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SruFailure f) {
                return f;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static Operation operation(SruRequest request) {
        if (request instanceof SruRequest.SearchRetrieve) {
            return Operation.SEARCH_RETRIEVE;
        }
        return request instanceof SruRequest.Scan ? Operation.SCAN : Operation.EXPLAIN;
    }

    /**
     * The query string's parameters and a form POST's, decoded strictly (a malformed escape is an
     * error, not a silently dropped body) and without the path's, which request.params() mixes in.
     */
    private static Map<String, List<String>> parameters(RoutingContext ctx) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        add(out, ctx.request().query());
        String type = ctx.request().getHeader("Content-Type");
        if (ctx.request().method() == HttpMethod.POST && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            add(out, ctx.body().asString("UTF-8"));
        }
        return out;
    }

    private static void add(Map<String, List<String>> out, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        // ';' is part of a CQL term, not a separator; the body limit already bounds the count.
        new QueryStringDecoder(encoded, StandardCharsets.UTF_8, false, MAX_PARAMETERS, true).parameters()
                .forEach((name, values) -> out.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values));
    }

    private ExplainWriter.Address address(RoutingContext ctx, String database) {
        HostAndPort authority = ctx.request().authority();
        String host = authority != null ? authority.host() : ctx.request().localAddress().host();
        int port = authority != null && authority.port() > 0 ? authority.port() : ctx.request().localAddress().port();
        String path = config.sru().path().replaceFirst("^/", "");
        return new ExplainWriter.Address(host, port, database == null ? path : path + "/" + database);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        door.bindTo(registry);
        writers.bindTo(registry);
    }

    @Override
    public void close() {
        writers.close();
    }
}
