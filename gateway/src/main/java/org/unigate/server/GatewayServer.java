package org.unigate.server;

import org.unigate.consortium.Consortium;
import org.unigate.consortium.MemberClients;
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
import org.unigate.federation.catalogue.UnionCatalogue;
import org.unigate.federation.catalogue.UnionCatalogues;
import org.unigate.harvest.Harvests;
import org.unigate.http.HealthEndpoint;
import org.unigate.http.HealthReport;
import org.unigate.http.HttpEndpoint;
import org.unigate.http.HttpFrontEnd;
import org.unigate.http.MetricsEndpoint;
import org.unigate.member.MemberSpec;
import org.unigate.oai.server.OaiEndpoint;
import org.unigate.oai.server.OaiProvider;
import org.unigate.records.SchemaEndpoint;
import org.unigate.sru.server.SruEndpoint;
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
    /** Background services over the members (union catalogue, harvests) and the SRU door's writers, closed before them. */
    private final List<AutoCloseable> services;

    private GatewayServer(Consortium consortium, PrometheusMeterRegistry registry, Vertx vertx, HttpFrontEnd http,
                          Z3950Server z3950, List<AutoCloseable> services) {
        this.consortium = consortium;
        this.registry = registry;
        this.vertx = vertx;
        this.http = http;
        this.z3950 = z3950;
        this.services = List.copyOf(services);
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
        List<AutoCloseable> services = new ArrayList<>();
        try {
            UnionCatalogue union = UnionCatalogues.start(config, consortium.clients(), registry);
            services.add(union);
            Harvests harvests = Harvests.start(vertx, consortium, registry, report -> union.scheduleRefresh());
            services.add(harvests);
            List<HttpEndpoint> endpoints = new ArrayList<>();
            endpoints.add(new HealthEndpoint(() -> health(consortium)));
            endpoints.add(new MetricsEndpoint(registry));
            endpoints.add(new SchemaEndpoint());
            endpoints.add(harvests);
            OaiEndpoint oai = OaiProvider.endpoint(vertx, consortium, union);
            oai.bindTo(registry);
            endpoints.add(oai);
            SruEndpoint sru = new SruEndpoint(vertx, consortium.engine(), config);
            sru.bindTo(registry);
            services.add(sru);
            endpoints.add(sru);
            HttpFrontEnd http = HttpFrontEnd.start(vertx, config.server().host(), config.server().httpPort(), endpoints)
                    .toCompletionStage().toCompletableFuture()
                    .get(BIND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            // Closing vertx below also closes the HTTP listener if this cannot bind.
            Z3950Service z3950Service = new Z3950Service(consortium.engine(), config, Z3950Settings.from(config.server()));
            z3950Service.bindTo(registry);
            Z3950Server z3950 = Z3950Server.start(z3950Service);
            return new GatewayServer(consortium, registry, vertx, http, z3950, services);
        } catch (Exception e) {
            closeAll(services);
            consortium.close();
            vertx.close();
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

    /** Last started, first closed; one that fails to close does not keep the others open. */
    private static void closeAll(List<AutoCloseable> services) {
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).close();
            } catch (Exception e) {
                LOG.warn("{} did not close cleanly: {}", services.get(i).getClass().getSimpleName(), e.toString());
            }
        }
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
        closeAll(services);
        // Members before vertx: SRU members' clients run on it.
        consortium.close();
        vertx.close();
        registry.close();
    }
}
