package org.unigate.oai.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.admission.Admission;
import org.unigate.admission.DoorFullException;
import org.unigate.config.DoorLimits;
import org.unigate.config.ServerSettings;
import org.unigate.http.Busy;
import org.unigate.http.HttpEndpoint;

/**
 * The OAI-PMH 2.0 endpoint on the gateway's router (GET and form-encoded POST). Each request is
 * answered on a worker pool of the door's in-flight size, never on the event loop, and streamed
 * out in chunks; beyond the door's bounded number of waiting requests harvesters get 503 with
 * Retry-After, as the protocol foresees (section 3.1.2.2).
 */
public final class OaiEndpoint implements HttpEndpoint, MeterBinder, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OaiEndpoint.class);
    private static final Duration MAX_RUN = Duration.ofMinutes(10);
    private static final Duration STALL = Duration.ofMinutes(2);
    private static final int MAX_PARAMETERS = 32;
    private static final String FORM = "application/x-www-form-urlencoded";

    private final String path;
    private final OaiRepository repository;
    private final WorkerExecutor workers;
    private final Admission door;
    private final Clock clock;

    public OaiEndpoint(Vertx vertx, String path, OaiRepository repository, Clock clock) {
        this(vertx, path, repository, clock, ServerSettings.DEFAULTS.admission().oai());
    }

    public OaiEndpoint(Vertx vertx, String path, OaiRepository repository, Clock clock, DoorLimits limits) {
        this.path = path;
        this.repository = repository;
        this.clock = clock;
        this.door = new Admission("oai", limits);
        // One thread per request in flight: a request holds its thread while it streams.
        this.workers = vertx.createSharedWorkerExecutor("oai-pmh", limits.inFlight(), MAX_RUN.toSeconds(),
                TimeUnit.SECONDS);
    }

    @Override
    public void mount(Router router) {
        router.route(path).method(HttpMethod.GET).method(HttpMethod.POST).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Map<String, List<String>> parameters;
        try {
            parameters = parameters(ctx);
        } catch (IllegalArgumentException e) {
            parameters = Map.of(); // a broken %-escape: answered as badVerb, the request being unreadable
        }
        if (parameters == null) {
            ctx.response().setStatusCode(415).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("OAI-PMH requests are sent as GET or as POST with " + FORM + "\n");
            return;
        }
        String baseUrl = request.scheme() + "://" + authority(request) + path;
        Map<String, List<String>> arguments = parameters;
        HttpServerResponse response = ctx.response();
        door.admit(() -> workers.executeBlocking(() -> respond(arguments, baseUrl, response), false)
                .toCompletionStage()).whenComplete((out, error) -> {
                    if (error == null) {
                        end(response, out);
                    } else {
                        DoorFullException.in(error).ifPresentOrElse(full -> Busy.refuse(response, full)
                                .putHeader("Content-Type", "text/plain; charset=utf-8").end(full.advice() + "\n"),
                                () -> fail(response, error));
                    }
                });
    }

    /** Writes the whole document but does not end it: see {@link #end}. */
    private ResponseOutputStream respond(Map<String, List<String>> parameters, String baseUrl,
                                         HttpServerResponse response) throws Exception {
        OaiRepository.Answer answer = repository.answer(parameters);
        response.setChunked(true)
                .putHeader("Content-Type", "text/xml; charset=utf-8")
                .putHeader("Cache-Control", "no-store");
        ResponseOutputStream out = new ResponseOutputStream(response, STALL);
        OaiWriter.write(answer, baseUrl, clock.instant(), out);
        out.flush();
        return out;
    }

    /**
     * Ends a response once its request has given up its place at the door, so a harvester that
     * asks again as soon as it has the answer never finds the place still taken; and only when
     * the whole document was written: one that failed half-way is reset, never ended as if whole.
     */
    private static void end(HttpServerResponse response, ResponseOutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            fail(response, e);
        }
    }

    private static void fail(HttpServerResponse response, Throwable cause) {
        LOG.warn("OAI-PMH request failed: {}", cause.toString());
        if (response.headWritten()) {
            response.reset(); // half a document must not pass for a whole one
        } else if (!response.closed()) {
            response.setChunked(false).setStatusCode(500).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("the repository could not be read\n");
        }
    }

    /** Query and (for POST) form parameters, names case-sensitive and repeats kept; null for a foreign body. */
    static Map<String, List<String>> parameters(RoutingContext ctx) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        add(all, ctx.request().query());
        if (ctx.request().method() == HttpMethod.POST) {
            String type = ctx.request().getHeader("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM)) {
                return null;
            }
            add(all, ctx.body() == null ? null : ctx.body().asString(StandardCharsets.UTF_8.name()));
        }
        return all;
    }

    private static void add(Map<String, List<String>> all, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        new QueryStringDecoder(encoded, StandardCharsets.UTF_8, false, MAX_PARAMETERS, true).parameters()
                .forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
    }

    private static String authority(HttpServerRequest request) {
        var authority = request.authority();
        if (authority == null) {
            return "localhost";
        }
        return authority.port() > 0 ? authority.host() + ":" + authority.port() : authority.host();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        door.bindTo(registry);
    }

    @Override
    public void close() {
        workers.close();
    }
}
