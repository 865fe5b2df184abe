package org.unigate.federation.catalogue;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.feed.ChangeFeed;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.union.Deduplicator;
import org.unigate.union.UnionRecord;
import org.unigate.federation.sharing.SharingFilter;

/**
 * The consortium's union catalogue: every record the locally held members have, clustered into
 * one union record per work, as a {@link ChangeFeed} (the OAI-PMH {@code union} set). A union id,
 * once given, stays with its work as copies come and go; a record's datestamp moves whenever any
 * member's copy of it changes, gains or loses a member; an id no member holds any more stays as a
 * tombstone. Datestamps never go backwards, so an incremental harvester sees every change.
 *
 * <p>Only ids, copies and digests are kept (in one small file under the data folder, see
 * {@link StateFile}); records are rebuilt from the member feeds when listed, with the public's
 * sharing rules, so what is served is always the members' current text. {@link #refresh}
 * re-clusters everything; until the first refresh after a restart the stored state is served.
 * Thread-safe: readers work on an immutable snapshot, one refresh runs at a time.
 */
public final class UnionCatalogue implements ChangeFeed<UnionRecord>, AutoCloseable {

    /** Most entries one {@link #changes} call returns, so a page's records stay few in memory. */
    public static final int MAX_PAGE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(UnionCatalogue.class);

    private final List<CatalogueMember> members;
    private final Map<String, SharingFilter> filters;
    private final Deduplicator deduplicator;
    private final Clock clock;
    private final StateFile stateFile;
    private final UnionAssembler assembler;
    private final CatalogueMetrics metrics;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final CoalescingRunner<RefreshReport> background;
    private volatile UnionState state;
    /** The state in memory is newer than the file (a write failed); guarded by {@code refreshing}. */
    private boolean unsaved;

    private UnionCatalogue(Path folder, List<CatalogueMember> members, Deduplicator deduplicator, Clock clock,
                           MeterRegistry registry) throws IOException {
        this.members = List.copyOf(members);
        this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
        this.clock = Objects.requireNonNull(clock, "clock");
        Map<String, SharingFilter> byMember = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (CatalogueMember m : this.members) {
            if (!ids.add(m.id())) {
                throw new IllegalArgumentException("two members share the id " + m.id());
            }
            byMember.put(m.id(), m.filter());
        }
        this.filters = Map.copyOf(byMember);
        this.stateFile = new StateFile(folder);
        this.state = stateFile.read();
        this.assembler = new UnionAssembler(this.members, filters, deduplicator);
        this.metrics = registry == null ? null : new CatalogueMetrics(registry, () -> state);
        this.background = new CoalescingRunner<>(this::refreshInBackground, "unigate-union-refresh");
    }

    /**
     * Opens the catalogue kept in {@code folder} (created at the first change) over {@code members}, in
     * the consortium's member order. Reads the stored state only; call {@link #scheduleRefresh}
     * to bring it up to date.
     *
     * @param registry where to publish meters, or null for none
     */
    public static UnionCatalogue open(Path folder, List<CatalogueMember> members, Deduplicator deduplicator,
                                      Clock clock, MeterRegistry registry) throws IOException {
        return new UnionCatalogue(folder, members, deduplicator, clock, registry);
    }

    public static UnionCatalogue open(Path folder, List<CatalogueMember> members, Deduplicator deduplicator)
            throws IOException {
        return open(folder, members, deduplicator, Clock.systemUTC(), null);
    }

    /**
     * Re-clusters every member record now, on this thread, and records what changed. A refresh
     * already running elsewhere is waited for. On failure the catalogue keeps its state.
     */
    public RefreshReport refresh() throws IOException {
        refreshing.lock();
        try {
            long start = System.nanoTime();
            List<Cluster> clusters = cluster();
            Reconciler.Plan plan = Reconciler.plan(state, clusters);
            Instant stamp = null;
            if (!plan.isEmpty()) {
                stamp = nextDatestamp();
                // Readers see the change before it is on disk: a crash in between loses nothing a
                // harvester could miss, since the next refresh finds and dates the change again.
                state = UnionState.of(plan.stamp(stamp));
                unsaved = true;
            }
            if (unsaved) {
                stateFile.write(state.ordered());
                unsaved = false;
            }
            long took = System.nanoTime() - start;
            if (metrics != null) {
                metrics.refreshed(took);
            }
            UnionState now = state;
            RefreshReport report = new RefreshReport(stamp, clusters.stream().mapToInt(c -> c.copies().size()).sum(),
                    plan.added(), plan.updated(), plan.deleted(), now.live(), now.tombstones(), Duration.ofNanos(took));
            LOG.info("union catalogue refreshed in {} ms: {} copies, {} added, {} updated, {} deleted, {} live",
                    took / 1_000_000, report.memberRecords(), report.added(), report.updated(), report.deleted(),
                    report.live());
            return report;
        } catch (IOException | RuntimeException e) {
            if (metrics != null) {
                metrics.failed();
            }
            throw e;
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * Asks for a refresh on the catalogue's background thread and returns at once; requests made
     * before it starts share it. Failures are logged and complete the future exceptionally.
     */
    public CompletableFuture<RefreshReport> scheduleRefresh() {
        return background.request();
    }

    /** A background run: its failure is logged once here, however many callers share the run. */
    private RefreshReport refreshInBackground() throws IOException {
        try {
            return refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("union catalogue refresh failed; keeping the previous state", e);
            throw e;
        }
    }

    private List<Cluster> cluster() throws IOException {
        long start = System.nanoTime();
        MemberSnapshot snapshot = MemberSnapshot.read(members, filters);
        long read = System.nanoTime();
        List<UnionRecord> merged = deduplicator.merge(snapshot.records());
        LOG.debug("union catalogue: read {} copies in {} ms, clustered them in {} ms", snapshot.records().size(),
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return Cluster.of(merged, snapshot.digests());
    }

    /** Now, to the millisecond the state file keeps, and always after every datestamp given so far. */
    private Instant nextDatestamp() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Instant> latest = state.latest();
        return latest.isPresent() && !now.isAfter(latest.get()) ? latest.get().plusMillis(1) : now;
    }

    @Override
    public List<FeedEntry<UnionRecord>> changes(Instant from, Instant until, FeedPosition after, int limit)
            throws IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        List<UnionEntry> page = state.page(from, until, after, Math.min(limit, MAX_PAGE));
        List<FeedEntry<UnionRecord>> out = new ArrayList<>(page.size());
        for (UnionEntry entry : page) {
            out.add(toFeedEntry(entry));
        }
        return out;
    }

    @Override
    public long count(Instant from, Instant until) {
        return state.count(from, until);
    }

    @Override
    public Optional<FeedEntry<UnionRecord>> entry(String id) throws IOException {
        Optional<UnionEntry> entry = state.get(id);
        return entry.isEmpty() ? Optional.empty() : Optional.of(toFeedEntry(entry.get()));
    }

    @Override
    public Optional<Instant> earliestDatestamp() {
        return state.earliest();
    }

    /**
     * A live entry whose copies have all gone since the last refresh is reported deleted at its
     * own datestamp, and a refresh is asked for, which dates the tombstone properly.
     */
    private FeedEntry<UnionRecord> toFeedEntry(UnionEntry entry) throws IOException {
        if (entry.deleted()) {
            return new FeedEntry<>(entry.unionId(), entry.datestamp(), true, null);
        }
        Optional<UnionRecord> record = assembler.assemble(entry);
        if (record.isEmpty() || record.get().sources().size() < entry.copies().size()) {
            scheduleRefresh();
        }
        return new FeedEntry<>(entry.unionId(), entry.datestamp(), record.isEmpty(), record.orElse(null));
    }

    /** Waits for a refresh under way; refreshes asked for but not started are dropped. */
    @Override
    public void close() {
        background.close();
    }
}
