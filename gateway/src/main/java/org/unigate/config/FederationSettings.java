package org.unigate.config;

import java.time.Duration;
import java.util.List;

/**
 * How union searches run.
 *
 * @param deadline          the most a union search waits for members in all
 * @param firstPageSize     records asked of each member up front; deeper pages are fetched on demand
 * @param resultSetTtl      how long an idle union result set stays pageable
 * @param resultSetCapacity member records all result sets may hold together (each costs some 6 KB
 *                          of heap with its keys; the oldest idle sets go first past the bound)
 * @param cacheSize         union results kept in the cache
 * @param cacheTtl          how long a cached union result is served
 * @param preferredMembers  whose description wins when several members hold a work
 */
public record FederationSettings(Duration deadline, int firstPageSize, Duration resultSetTtl,
                                 int resultSetCapacity, int cacheSize, Duration cacheTtl,
                                 List<String> preferredMembers) {

    public static final FederationSettings DEFAULTS = new FederationSettings(
            Duration.ofSeconds(15), 20, Duration.ofMinutes(10), 200_000, 1000, Duration.ofMinutes(5), List.of());

    public FederationSettings {
        preferredMembers = List.copyOf(preferredMembers);
    }

    public FederationSettings withPreferredMembers(List<String> v) {
        return new FederationSettings(deadline, firstPageSize, resultSetTtl, resultSetCapacity, cacheSize, cacheTtl, v);
    }
}
