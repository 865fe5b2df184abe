package org.unigate.config;

import java.time.Duration;

/**
 * Where the front ends listen and the limits they enforce on clients.
 *
 * @param idleTimeout    a Z39.50 session idle this long is closed
 * @param sessionTimeout no Z39.50 session lives longer than this
 * @param maxRecords     the most records one request may ask for (SRU maximumRecords, Present)
 */
public record ServerSettings(String host, int httpPort, int z3950Port, Duration idleTimeout,
                             Duration sessionTimeout, int maxRecords) {

    public static final ServerSettings DEFAULTS =
            new ServerSettings("0.0.0.0", 8080, 2100, Duration.ofMinutes(10), Duration.ofHours(2), 100);
}
