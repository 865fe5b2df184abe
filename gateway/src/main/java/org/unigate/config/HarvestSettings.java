package org.unigate.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How members with protocol {@code oai} are harvested into their local indexes.
 *
 * @param every   interval between scheduled incremental harvests; zero = only on demand
 * @param onStart harvest every OAI member incrementally when the gateway starts
 * @param timeout per-request timeout towards the provider
 * @param retries attempts per request before a harvest gives up (503 Retry-After, timeouts)
 */
public record HarvestSettings(Duration every, boolean onStart, Duration timeout, int retries) {

    public static final HarvestSettings DEFAULTS =
            new HarvestSettings(Duration.ofHours(6), true, Duration.ofSeconds(60), 5);

    /**
     * Where an OAI member's index lives: {@code dataDir/members/<id>}. The member clients, the
     * harvester and the command line all open it there.
     */
    public static Path memberFolder(Path dataDir, String memberId) {
        return dataDir.resolve("members").resolve(memberId);
    }
}
