package org.unigate.federation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.unigate.cache.CacheSettings;
import org.unigate.cache.MeteredCaches;

/**
 * Named result sets by id, kept while in use: each expires after {@code resultSetTtl} without
 * access, and together they hold at most {@code resultSetCapacity} member records.
 */
final class ResultSetStore {

    static final String NAME = "unigate.result.sets";

    private final Cache<String, ResultSet> sets;

    ResultSetStore(UnionSettings settings, Ticker ticker, MeterRegistry registry) {
        this.sets = MeteredCaches.expireAfterAccessWeighed(NAME,
                CacheSettings.of(settings.resultSetCapacity(), settings.resultSetTtl()), ticker,
                (String id, ResultSet set) -> set.weight(), registry);
    }

    /** Stores the set, or re-weighs it after it grew. */
    void put(ResultSet set) {
        sets.put(set.id, set);
    }

    Optional<ResultSet> get(String id) {
        return Optional.ofNullable(sets.getIfPresent(id));
    }
}
