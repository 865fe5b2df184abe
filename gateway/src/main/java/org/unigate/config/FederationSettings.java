package org.unigate.config;

import java.time.Duration;
import java.util.List;
import org.unigate.federation.UnionSettings;

/**
 * How union searches run.
 *
 * @param deadline          the most a union search waits for members in all
 * @param firstPageSize     records asked of each member up front; deeper pages are fetched on demand
 * @param resultSetTtl      how long an idle union result set stays pageable
 * @param resultSetCapacity member records all result sets may hold together (each costs some 6 KB
 *                          of heap with its keys; the oldest idle sets go first past the bound);
 *                          by default a quarter of the heap's worth
 * @param exactCountLimit   member records up to which a search is fetched whole so that its count is
 *                          exact at every door
 * @param cacheSize         union results kept in the cache
 * @param cacheTtl          how long a cached union result is served
 * @param preferredMembers  whose description wins when several members hold a work
 */
public record FederationSettings(Duration deadline, int firstPageSize, Duration resultSetTtl,
                                 int resultSetCapacity, int exactCountLimit, int cacheSize, Duration cacheTtl,
                                 List<String> preferredMembers) {

    public static final FederationSettings DEFAULTS = new FederationSettings(
            Duration.ofSeconds(15), 20, Duration.ofMinutes(10),
            UnionSettings.resultSetCapacityFor(Runtime.getRuntime().maxMemory()), 2000, 1000, Duration.ofMinutes(5),
            List.of());

    public FederationSettings {
        preferredMembers = List.copyOf(preferredMembers);
    }

    public FederationSettings withPreferredMembers(List<String> v) {
        return new FederationSettings(deadline, firstPageSize, resultSetTtl, resultSetCapacity, exactCountLimit,
                cacheSize, cacheTtl, v);
    }
}
