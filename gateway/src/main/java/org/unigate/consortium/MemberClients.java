package org.unigate.consortium;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.config.HarvestSettings;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.federation.chain.CpuPool;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.sru.client.SruClientFactory;
import org.unigate.sru.client.SruLimits;
import org.unigate.z3950.client.Z3950ClientFactory;
import org.unigate.z3950.client.Z3950ClientSettings;

/**
 * Which client serves which protocol. Opening is done for all members at once (embedded
 * members index their records on open, which is worth doing in parallel); if any member
 * cannot be opened, those already opened are closed again and start-up stops with the reason.
 */
public final class MemberClients {

    private static final Logger LOG = LoggerFactory.getLogger(MemberClients.class);

    private final Map<Protocol, MemberClientProvider> providers;
    private final CpuPool cpu;

    private MemberClients(Map<Protocol, MemberClientProvider> providers, CpuPool cpu) {
        this.providers = Map.copyOf(providers);
        this.cpu = cpu;
    }

    /**
     * The providers this build has. HTTP members (SRU, OAI-PMH) run on {@code vertx}, which the
     * caller owns; harvested members keep their indexes below {@code dataDir}. Z39.50 and SRU
     * answers are decoded and delivered on one bounded CPU pool, which the consortium's engine
     * then works on too ({@link #cpu}): event loops only do I/O, and no answer changes threads twice.
     */
    public static MemberClients standard(Vertx vertx, Path dataDir) {
        CpuPool cpu = CpuPool.bounded("unigate-cpu");
        return standard(dataDir, new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS, cpu),
                new SruClientFactory(vertx, SruLimits.DEFAULT, cpu), cpu);
    }

    /**
     * The same, with Z39.50 and SRU answers decoded and delivered on {@code decoding} (the engine's
     * CPU pool), which the caller shuts down after closing the clients.
     */
    public static MemberClients standard(Vertx vertx, Path dataDir, Executor decoding) {
        return standard(dataDir, new Z3950ClientFactory(Z3950ClientSettings.DEFAULTS, decoding),
                new SruClientFactory(vertx, SruLimits.DEFAULT, decoding), null);
    }

    private static MemberClients standard(Path dataDir, Z3950ClientFactory z3950, SruClientFactory sru, CpuPool cpu) {
        Map<Protocol, MemberClientProvider> p = new EnumMap<>(Protocol.class);
        p.put(Protocol.EMBEDDED, EmbeddedMemberClient::load);
        p.put(Protocol.Z3950, z3950::open);
        p.put(Protocol.SRU, sru::open);
        // Harvested members answer from their on-disk index; org.unigate.harvest keeps it current.
        p.put(Protocol.OAI, spec -> EmbeddedMemberClient.owning(spec,
                EmbeddedCatalogue.onDisk(HarvestSettings.memberFolder(dataDir, spec.id()))));
        return new MemberClients(p, cpu);
    }

    /** The CPU pool these clients deliver answers on, if they own one: the engine should work there too. */
    public Optional<CpuPool> cpu() {
        return Optional.ofNullable(cpu);
    }

    public MemberClients with(Protocol protocol, MemberClientProvider provider) {
        Map<Protocol, MemberClientProvider> p = new EnumMap<>(providers);
        p.put(protocol, provider);
        return new MemberClients(p, cpu);
    }

    public List<MemberClient> openAll(List<MemberSpec> specs) {
        for (MemberSpec spec : specs) {
            if (!providers.containsKey(spec.protocol())) {
                throw new IllegalStateException("member '" + spec.id() + "': this gateway has no client for protocol "
                        + spec.protocol().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(specs.size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            List<CompletableFuture<MemberClient>> opening = new ArrayList<>();
            for (MemberSpec spec : specs) {
                opening.add(CompletableFuture.supplyAsync(() -> open(spec), pool));
            }
            return collect(opening);
        } finally {
            pool.shutdown();
        }
    }

    private MemberClient open(MemberSpec spec) {
        long start = System.nanoTime();
        try {
            MemberClient client = providers.get(spec.protocol()).open(spec);
            LOG.info("member {} ({}) ready in {} ms", spec.id(), spec.protocol(), (System.nanoTime() - start) / 1_000_000);
            return client;
        } catch (IOException | RuntimeException e) {
            throw new CompletionException(new IllegalStateException(
                    "member '" + spec.id() + "' could not be opened: " + e.getMessage(), e));
        }
    }

    private static List<MemberClient> collect(List<CompletableFuture<MemberClient>> opening) {
        List<MemberClient> opened = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<MemberClient> f : opening) {
            try {
                opened.add(f.join());
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            opened.forEach(MemberClient::close);
            throw failure;
        }
        return opened;
    }
}
