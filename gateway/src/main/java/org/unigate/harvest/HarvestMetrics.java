package org.unigate.harvest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.unigate.oai.client.HarvestReport;

/** Harvest outcomes as Micrometer meters, tagged by member. */
final class HarvestMetrics {

    private final MeterRegistry registry;

    HarvestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(HarvestReport report) {
        if (registry == null) {
            return;
        }
        String member = report.memberId();
        String outcome = report.complete() ? "complete" : "failed";
        Timer.builder("unigate.harvest.duration").tag("member", member).tag("outcome", outcome)
                .description("time per harvest of an OAI-PMH member").register(registry).record(report.duration());
        count(member, "added", report.added());
        count(member, "updated", report.updated());
        count(member, "deleted", report.deleted());
        count(member, "skipped", report.skippedCount());
        Counter.builder("unigate.harvest.pages").tag("member", member).register(registry).increment(report.pages());
    }

    private void count(String member, String change, long n) {
        Counter.builder("unigate.harvest.records").tag("member", member).tag("change", change)
                .description("records harvested from OAI-PMH members").register(registry).increment(n);
    }
}
