package org.unigate.federation.catalogue;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.unigate.config.ConsortiumConfig;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.member.MemberClient;

/** Opens the union catalogue of a running consortium. */
public final class UnionCatalogues {

    private UnionCatalogues() {
    }

    /**
     * The catalogue under {@code dataDir/union} over every member held locally (every embedded
     * member, whose catalogue keeps a change feed), deduplicated as the union engine does. Returns
     * at once with the stored state; the first refresh runs in the background.
     *
     * @param registry where to publish meters, or null for none
     */
    public static UnionCatalogue start(ConsortiumConfig config, List<MemberClient> clients, MeterRegistry registry)
            throws IOException {
        UnionCatalogue catalogue = UnionCatalogue.open(config.dataDir().resolve("union"), localMembers(clients),
                new ClusteringDeduplicator(config.federation().preferredMembers()), Clock.systemUTC(), registry);
        catalogue.scheduleRefresh();
        return catalogue;
    }

    /**
     * As {@link #start(ConsortiumConfig, List, MeterRegistry)}, closed when {@code vertx} closes
     * (off the event loop, since closing waits for a refresh under way).
     */
    public static UnionCatalogue start(Vertx vertx, ConsortiumConfig config, List<MemberClient> clients,
                                       MeterRegistry registry) throws IOException {
        UnionCatalogue catalogue = start(config, clients, registry);
        vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> stop() {
                return vertx.executeBlocking(() -> {
                    catalogue.close();
                    return null;
                });
            }
        });
        return catalogue;
    }

    /** The members whose records the gateway holds, in the consortium's order. */
    public static List<CatalogueMember> localMembers(List<MemberClient> clients) {
        List<CatalogueMember> out = new ArrayList<>();
        for (MemberClient client : clients) {
            client.local().ifPresent(catalogue -> out.add(new CatalogueMember(client.id(), catalogue, client.spec().sharing())));
        }
        return out;
    }
}
