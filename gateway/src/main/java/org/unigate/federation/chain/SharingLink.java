package org.unigate.federation.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.unigate.federation.sharing.SharingFilter;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;

/**
 * Each member's own sharing rules, applied to its records as they come back and before anything
 * above (the engine, its caches, every door) sees them: suppressed records are withheld, local
 * fields stripped, unless the audience has full access to that member. Where the member's next
 * page starts is kept, so withheld records are never fetched again in their place.
 */
public final class SharingLink implements MemberLink {

    private final Map<String, SharingFilter> filters;
    private final CallListener listener;

    public SharingLink(Map<String, SharingFilter> filters, CallListener listener) {
        this.filters = Map.copyOf(filters);
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
    }

    @Override
    public CompletableFuture<CallResult> call(MemberExchange exchange, Chain next) {
        return next.proceed(exchange).thenApply(result -> share(exchange, result));
    }

    private CallResult share(MemberExchange exchange, CallResult result) {
        SharingFilter filter = filters.get(exchange.memberId());
        if (filter == null || result.records().isEmpty()) {
            return result;
        }
        boolean fullAccess = exchange.sharing().fullAccess(exchange.memberId());
        List<MemberRecord> kept = new ArrayList<>(result.records().size());
        int suppressed = 0;
        int stripped = 0;
        boolean changed = false;
        for (MemberRecord record : result.records()) {
            SharingFilter.Filtered filtered = filter.apply(record.record(), fullAccess);
            if (filtered.record().isEmpty()) {
                suppressed++;
                changed = true;
                continue;
            }
            MarcRecord shared = filtered.record().get();
            stripped += filtered.strippedFields();
            changed |= shared != record.record();
            kept.add(shared == record.record() ? record : new MemberRecord(record.memberId(), record.localId(), shared));
        }
        try {
            listener.shared(exchange.memberId(), suppressed, stripped);
        } catch (RuntimeException ignored) {
            // Metrics must never cost a search its records.
        }
        return changed ? result.withRecords(kept) : result;
    }
}
