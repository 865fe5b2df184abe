package org.unigate.harvest;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.config.HarvestSettings;
import org.unigate.feed.LocalCatalogue;
import org.unigate.http.HttpEndpoint;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.oai.client.HarvestException;
import org.unigate.oai.client.HarvestProgress;
import org.unigate.oai.client.HarvestReport;
import org.unigate.oai.client.OaiHarvester;
import org.unigate.consortium.Consortium;

/**
 * Keeps the consortium's OAI-PMH members harvested: once at start-up and then every
 * {@code harvest.every} (configuration), one harvest at a time on a thread of its own, each
 * incremental unless asked for in full. Listeners hear of every successful harvest; the last
 * report per member is served read-only at {@code GET /harvests}. Runs until the Vert.x
 * instance it is started on closes.
 */
public final class Harvests implements HttpEndpoint, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Harvests.class);

    private final Map<String, Harvested> members;
    private final HarvestSettings settings;
    private final OaiHarvester harvester;
    private final ScheduledExecutorService thread;
    private final HarvestMetrics metrics;
    private final List<HarvestListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, HarvestReport> last = new ConcurrentHashMap<>();

    /** An OAI member and the local catalogue its harvests keep current. */
    private record Harvested(MemberSpec spec, LocalCatalogue catalogue) {
    }

    private Harvests(Vertx vertx, Map<String, Harvested> members, HarvestSettings settings,
                     MeterRegistry registry) {
        this.members = members;
        this.settings = settings;
        this.harvester = new OaiHarvester(vertx, MemberHarvests.options(settings));
        this.metrics = new HarvestMetrics(registry);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "unigate-harvest");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts harvesting the consortium's OAI members as {@code harvest} settings say, stopping
     * when {@code vertx} closes. {@code registry} may be null.
     */
    public static Harvests start(Vertx vertx, Consortium consortium, MeterRegistry registry,
                                 HarvestListener... listeners) {
        Map<String, Harvested> oai = new LinkedHashMap<>();
        for (MemberClient client : consortium.clients()) {
            if (client.spec().protocol() == Protocol.OAI) {
                client.local().ifPresent(catalogue -> oai.put(client.spec().id(), new Harvested(client.spec(), catalogue)));
            }
        }
        Harvests harvests = new Harvests(vertx, oai, consortium.config().harvest(), registry);
        harvests.listeners.addAll(List.of(listeners));
        harvests.schedule();
        vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> stop() {
                harvests.close();
                return Future.succeededFuture();
            }
        });
        return harvests;
    }

    private void schedule() {
        if (members.isEmpty()) {
            return;
        }
        Duration every = settings.every();
        boolean periodic = every != null && !every.isZero() && !every.isNegative();
        if (settings.onStart()) {
            members.keySet().forEach(id -> harvest(id, false));
        }
        if (periodic) {
            long millis = every.toMillis();
            thread.scheduleWithFixedDelay(this::runAll, millis, millis, TimeUnit.MILLISECONDS);
        }
        LOG.info("harvesting {} OAI member(s){}{}", members.size(), settings.onStart() ? " now and" : "",
                periodic ? " every " + every : " on demand");
    }

    /** A failed member must not stop the schedule (an escaping exception would cancel it). */
    private void runAll() {
        for (String id : members.keySet()) {
            try {
                run(id, false);
            } catch (RuntimeException e) {
                LOG.debug("{}: scheduled harvest failed", id, e);
            }
        }
    }

    public void addListener(HarvestListener listener) {
        listeners.add(listener);
    }

    /** The ids of the members harvested here. */
    public List<String> memberIds() {
        return List.copyOf(members.keySet());
    }

    /** Queues a harvest of one member; completes with its report, or exceptionally when it fails. */
    public CompletableFuture<HarvestReport> harvest(String memberId, boolean full) {
        if (!members.containsKey(memberId)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no OAI member " + memberId));
        }
        return CompletableFuture.supplyAsync(() -> run(memberId, full), thread);
    }

    /** The report of the member's latest harvest, successful or not. */
    public Optional<HarvestReport> lastReport(String memberId) {
        return Optional.ofNullable(last.get(memberId));
    }

    private HarvestReport run(String memberId, boolean full) {
        Harvested member = members.get(memberId);
        HarvestReport report;
        try {
            report = harvester.harvest(member.spec(), member.catalogue(), full, HarvestProgress.NONE);
        } catch (HarvestException e) {
            record(e.report());
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(memberId + ": harvest interrupted", e);
        } catch (RuntimeException e) {
            // A catalogue closed under a running harvest (shutdown) ends up here; the next run resumes.
            LOG.warn("{}: harvest failed: {}", memberId, e.toString());
            throw e;
        }
        record(report);
        for (HarvestListener listener : listeners) {
            try {
                listener.harvested(report);
            } catch (RuntimeException e) {
                LOG.warn("harvest listener failed for {}: {}", memberId, e.toString());
            }
        }
        return report;
    }

    private void record(HarvestReport report) {
        last.put(report.memberId(), report);
        metrics.record(report);
    }

    @Override
    public void mount(Router router) {
        router.get("/harvests").handler(ctx -> {
            JsonArray out = new JsonArray();
            members.keySet().forEach(id -> out.add(json(id, last.get(id))));
            ctx.response().putHeader("Content-Type", "application/json").end(new JsonObject().put("members", out).encode());
        });
    }

    private static JsonObject json(String id, HarvestReport r) {
        JsonObject o = new JsonObject().put("id", id);
        if (r == null) {
            return o.put("state", "not harvested yet");
        }
        return o.put("state", r.complete() ? "complete" : "failed").put("summary", r.summary())
                .put("started", r.started().toString()).put("added", r.added()).put("updated", r.updated())
                .put("deleted", r.deleted()).put("skipped", r.skippedCount())
                .put("highWater", r.highWater() == null ? null : r.highWater().toString())
                .put("failure", r.failure());
    }

    /** Stops scheduling and interrupts a harvest under way (it resumes from its last page next time). */
    @Override
    public void close() {
        thread.shutdownNow();
        harvester.close();
    }
}
