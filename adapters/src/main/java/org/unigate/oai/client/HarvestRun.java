package org.unigate.oai.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.LocalCatalogue;
import org.unigate.marc.MarcRecord;
import org.unigate.oai.Granularity;
import org.unigate.oai.OaiError;

/**
 * One harvest of one member: lists each set in turn, applies every page to the catalogue and
 * commits it together with the progress, so a harvest stopped anywhere resumes at its last
 * committed page and re-applying a page changes nothing.
 */
final class HarvestRun {

    private static final Logger LOG = LoggerFactory.getLogger(HarvestRun.class);
    private static final int MAX_REPORTED_SKIPS = 100;

    private final String memberId;
    private final List<String> sets;
    private final LocalCatalogue catalogue;
    private final PageFetcher fetcher;
    private final OaiRequests requests;
    private final HarvestProgress progress;
    private final Clock clock;
    private final int maxRestarts;

    private final List<HarvestReport.SkippedRecord> skipped = new ArrayList<>();
    private final Instant started;
    private int pages;
    private long added;
    private long updated;
    private long unchanged;
    private long deleted;
    private long skippedCount;
    private Instant earliestChange;

    HarvestRun(String memberId, List<String> sets, LocalCatalogue catalogue, PageFetcher fetcher,
               OaiRequests requests, HarvestProgress progress, Clock clock, int maxRestarts) {
        this.memberId = memberId;
        this.sets = sets.isEmpty() ? Collections.singletonList(null) : sets;
        this.catalogue = catalogue;
        this.fetcher = fetcher;
        this.requests = requests;
        this.progress = progress;
        this.clock = clock;
        this.maxRestarts = maxRestarts;
        this.started = clock.instant();
    }

    /**
     * Harvests from where {@code state} says (a run under way resumes; otherwise a new run from
     * the high-water mark, or from the start when {@code full}).
     */
    HarvestReport run(String prefix, Granularity granularity, HarvestState state, boolean full)
            throws HarvestException, InterruptedException {
        HarvestState.Run run = state.run() != null && !full
                ? state.run()
                : new HarvestState.Run(full ? null : state.highWater(), null, 0, null);
        HarvestState base = new HarvestState(prefix, full ? null : state.highWater(), null);
        try {
            for (int set = run.set(); set < sets.size(); set++) {
                run = harvestSet(prefix, granularity, base, run, set);
            }
            Instant highWater = HarvestState.later(base.highWater(), run.highest());
            catalogue.commit(new HarvestState(prefix, highWater, null).toMap());
            HarvestReport report = report(prefix, full, run.from(), highWater, null);
            LOG.info(report.summary());
            return report;
        } catch (IOException | HarvestException.ProviderError e) {
            HarvestReport report = report(prefix, full, run.from(), base.highWater(), e.getMessage());
            LOG.warn(report.summary());
            throw new HarvestException(memberId + ": harvest stopped: " + e.getMessage(), report, e);
        }
    }

    private HarvestState.Run harvestSet(String prefix, Granularity granularity, HarvestState base, HarvestState.Run run,
                                        int set) throws IOException, InterruptedException, HarvestException.ProviderError {
        String token = run.set() == set ? run.token() : null;
        Instant highest = run.highest();
        int restarts = 0;
        while (true) {
            String url = token != null
                    ? requests.resume(token)
                    : requests.listRecords(prefix, run.from() == null ? null : granularity.format(run.from()), sets.get(set));
            OaiPage page = fetcher.fetch(url, fetcher.listRecords());
            if (OaiError.NO_RECORDS_MATCH.code().equals(page.errorCode())) {
                break;
            }
            if (OaiError.BAD_RESUMPTION_TOKEN.code().equals(page.errorCode()) && token != null && restarts++ < maxRestarts) {
                LOG.info("{}: resumption token refused ({}); restarting the list from {}", memberId,
                        page.errorMessage(), run.from());
                token = null;
                continue;
            }
            if (page.errorCode() != null) {
                throw new HarvestException.ProviderError(page.errorCode(), page.errorMessage());
            }
            highest = apply(page, highest);
            token = page.hasMore() ? page.resumptionToken() : null;
            HarvestState.Run next = token == null
                    ? new HarvestState.Run(run.from(), highest, set + 1, null)
                    : new HarvestState.Run(run.from(), highest, set, token);
            catalogue.commit(base.withRun(next).toMap());
            pages++;
            progress.page(memberId, pages, added + updated + unchanged + deleted, page.completeListSize());
            if (token == null) {
                break;
            }
        }
        return new HarvestState.Run(run.from(), highest, set + 1, null);
    }

    private Instant apply(OaiPage page, Instant highest) throws IOException {
        Instant high = highest;
        for (OaiPage.Item item : page.records()) {
            high = HarvestState.later(high, item.datestamp());
            Optional<FeedEntry<MarcRecord>> held = catalogue.entry(item.identifier());
            if (held.isPresent() && held.get().datestamp().equals(item.datestamp())
                    && held.get().deleted() == item.deleted()
                    && (item.deleted() || held.get().value().equals(item.record()))) {
                unchanged++;
                continue;
            }
            if (item.deleted()) {
                catalogue.delete(item.identifier(), item.datestamp());
                deleted++;
            } else {
                catalogue.put(item.identifier(), item.record(), item.datestamp());
                if (held.isEmpty() || held.get().deleted()) {
                    added++;
                } else {
                    updated++;
                }
            }
            earliestChange = earliestChange == null || item.datestamp().isBefore(earliestChange)
                    ? item.datestamp() : earliestChange;
        }
        for (OaiPage.Skipped s : page.skipped()) {
            LOG.warn("{}: record {} skipped: {}", memberId, s.identifier(), s.reason());
            skippedCount++;
            if (skipped.size() < MAX_REPORTED_SKIPS) {
                skipped.add(new HarvestReport.SkippedRecord(s.identifier(), s.reason()));
            }
        }
        return high;
    }

    /** The report of a harvest that failed before listing anything. */
    HarvestReport notStarted(String prefix, boolean full, String failure) {
        return report(prefix, full, null, null, failure);
    }

    private HarvestReport report(String prefix, boolean full, Instant from, Instant highWater, String failure) {
        return new HarvestReport(memberId, prefix, full, from, started, Duration.between(started, clock.instant()),
                fetcher.requests(), pages, added, updated, unchanged, deleted, skippedCount, skipped, earliestChange,
                highWater, failure);
    }
}
