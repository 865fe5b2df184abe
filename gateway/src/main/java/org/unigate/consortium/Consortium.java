package org.unigate.consortium;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.FederationSettings;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionSettings;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.member.MemberClient;

/**
 * A configured consortium, running: its member clients and the one union engine every front
 * end (Z39.50, SRU, OAI-PMH, the CLI) shares.
 */
public final class Consortium implements AutoCloseable {

    private final ConsortiumConfig config;
    private final List<MemberClient> clients;
    private final UnionEngine engine;

    private Consortium(ConsortiumConfig config, List<MemberClient> clients, UnionEngine engine) {
        this.config = config;
        this.clients = clients;
        this.engine = engine;
    }

    public static Consortium open(ConsortiumConfig config, MemberClients providers, MeterRegistry registry) {
        List<MemberClient> clients = providers.openAll(config.members());
        try {
            UnionEngine engine = UnionEngine.builder()
                    .members(clients)
                    .deduplicator(new ClusteringDeduplicator(config.federation().preferredMembers()))
                    .settings(settings(config.federation()))
                    .meterRegistry(registry)
                    .build();
            return new Consortium(config, clients, engine);
        } catch (RuntimeException e) {
            clients.forEach(MemberClient::close);
            throw e;
        }
    }

    static UnionSettings settings(FederationSettings f) {
        UnionSettings d = UnionSettings.DEFAULTS;
        return d.withDeadline(f.deadline())
                .withFirstPageSize(f.firstPageSize())
                .withResultSets(f.resultSetTtl(), f.resultSetCapacity())
                .withExactCountLimit(f.exactCountLimit())
                .withCache(f.cacheSize(), f.cacheTtl());
    }

    public ConsortiumConfig config() {
        return config;
    }

    public UnionEngine engine() {
        return engine;
    }

    public List<MemberClient> clients() {
        return clients;
    }

    @Override
    public void close() {
        engine.close();
        clients.forEach(MemberClient::close);
    }
}
