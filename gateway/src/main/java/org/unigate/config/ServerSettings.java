package org.unigate.config;

import java.time.Duration;

/**
 * Where the front ends listen and the limits they enforce on clients.
 *
 * @param idleTimeout    a Z39.50 session idle this long is closed
 * @param sessionTimeout no Z39.50 session lives longer than this
 * @param maxRecords     the most records one request may ask for (SRU maximumRecords, Present)
 * @param admission      how many requests each door serves at once and lets wait
 */
public record ServerSettings(String host, int httpPort, int z3950Port, Duration idleTimeout,
                             Duration sessionTimeout, int maxRecords, AdmissionSettings admission) {

    public static final ServerSettings DEFAULTS =
            new ServerSettings("0.0.0.0", 8080, 2100, Duration.ofMinutes(10), Duration.ofHours(2), 100);

    public ServerSettings {
        admission = admission == null ? AdmissionSettings.DEFAULTS : admission;
    }

    /** Listeners and client limits with the admission limits sized to this machine. */
    public ServerSettings(String host, int httpPort, int z3950Port, Duration idleTimeout, Duration sessionTimeout,
                          int maxRecords) {
        this(host, httpPort, z3950Port, idleTimeout, sessionTimeout, maxRecords, null);
    }

    public ServerSettings withAdmission(AdmissionSettings v) {
        return new ServerSettings(host, httpPort, z3950Port, idleTimeout, sessionTimeout, maxRecords, v);
    }
}
