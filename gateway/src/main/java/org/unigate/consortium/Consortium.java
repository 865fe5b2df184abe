package org.unigate.consortium;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.FederationSettings;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionEngineBuilder;
import org.unigate.federation.UnionSettings;
import org.unigate.federation.chain.CpuPool;
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
    /** The member clients' and the engine's CPU pool, when the consortium owns it; closed last. */
    private final CpuPool cpu;

    private Consortium(ConsortiumConfig config, List<MemberClient> clients, UnionEngine engine, CpuPool cpu) {
        this.config = config;
        this.clients = clients;
        this.engine = engine;
        this.cpu = cpu;
    }

    public static Consortium open(ConsortiumConfig config, MemberClients providers, MeterRegistry registry) {
        List<MemberClient> clients = providers.openAll(config.members());
        try {
            UnionEngineBuilder builder = UnionEngine.builder()
                    .members(clients)
                    .deduplicator(new ClusteringDeduplicator(config.federation().preferredMembers()))
                    .settings(settings(config.federation()))
                    .meterRegistry(registry);
            providers.cpu().ifPresent(builder::mergeExecutor);
            return new Consortium(config, clients, builder.build(), providers.cpu().orElse(null));
        } catch (RuntimeException e) {
            clients.forEach(MemberClient::close);
            providers.cpu().ifPresent(CpuPool::close);
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
        if (cpu != null) {
            cpu.close();
        }
    }
}
