package org.unigate.server;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.config.ConsortiumConfig;
import org.unigate.http.HealthEndpoint;
import org.unigate.http.HealthReport;
import org.unigate.http.HttpEndpoint;
import org.unigate.http.HttpFrontEnd;
import org.unigate.http.MetricsEndpoint;
import org.unigate.member.MemberSpec;
import org.unigate.z3950.server.Z3950Server;
import org.unigate.z3950.server.Z3950Service;
import org.unigate.z3950.server.Z3950Settings;

/**
 * The running gateway: the consortium and its front ends. Start-up either completes with every
 * listener bound or fails with the reason, leaving nothing half-open.
 */
public final class GatewayServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
    private static final Duration BIND_TIMEOUT = Duration.ofSeconds(30);

    private final Consortium consortium;
    private final PrometheusMeterRegistry registry;
    private final Vertx vertx;
    private final HttpFrontEnd http;
    private final Z3950Server z3950;

    private GatewayServer(Consortium consortium, PrometheusMeterRegistry registry, Vertx vertx, HttpFrontEnd http,
                          Z3950Server z3950) {
        this.consortium = consortium;
        this.registry = registry;
        this.vertx = vertx;
        this.http = http;
        this.z3950 = z3950;
    }

    /** Starts the gateway with the standard member clients. */
    public static GatewayServer start(ConsortiumConfig config) throws Exception {
        return start(config, vertx -> MemberClients.standard(vertx, config.dataDir()));
    }

    /**
     * Starts the gateway with the member clients {@code providers} makes on the gateway's Vert.x
     * instance (tests swap in their own).
     */
    public static GatewayServer start(ConsortiumConfig config, Function<Vertx, MemberClients> providers)
            throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        Vertx vertx = Vertx.vertx();
        Consortium consortium;
        try {
            consortium = Consortium.open(config, providers.apply(vertx), registry);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
        try {
            List<HttpEndpoint> endpoints = new ArrayList<>();
            endpoints.add(new HealthEndpoint(() -> health(consortium)));
            endpoints.add(new MetricsEndpoint(registry));
            HttpFrontEnd http = HttpFrontEnd.start(vertx, config.server().host(), config.server().httpPort(), endpoints)
                    .toCompletionStage().toCompletableFuture()
                    .get(BIND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            // Closing vertx below also closes the HTTP listener if this cannot bind.
            Z3950Server z3950 = Z3950Server.start(
                    new Z3950Service(consortium.engine(), config, Z3950Settings.from(config.server())));
            return new GatewayServer(consortium, registry, vertx, http, z3950);
        } catch (Exception e) {
            vertx.close();
            consortium.close();
            throw e;
        }
    }

    static HealthReport health(Consortium consortium) {
        List<HealthReport.MemberHealth> members = new ArrayList<>();
        for (MemberSpec m : consortium.config().members()) {
            String state = consortium.engine().circuitState(m.id()).name().toLowerCase(java.util.Locale.ROOT);
            members.add(new HealthReport.MemberHealth(m.id(), m.name(),
                    m.protocol().name().toLowerCase(java.util.Locale.ROOT), state));
        }
        boolean anyUsable = members.stream().anyMatch(m -> !m.state().equals("open"));
        return new HealthReport(consortium.config().name(), anyUsable ? "UP" : "DOWN", members);
    }

    public Consortium consortium() {
        return consortium;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public int httpPort() {
        return http.port();
    }

    public int z3950Port() {
        return z3950.port();
    }

    public Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() {
        LOG.info("shutting down");
        z3950.close();
        try {
            http.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("HTTP listener did not close cleanly: {}", e.toString());
        }
        // Members first: SRU members' clients run on vertx.
        consortium.close();
        vertx.close();
        registry.close();
    }
}
