package org.unigate.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What one door (SRU, Z39.50, OAI-PMH) takes on at once.
 *
 * @param inFlight   requests in progress at the same time
 * @param queued     requests more that may wait for one of those to finish; beyond them the door
 *                   answers "busy" at once, in its protocol, rather than letting work pile up
 * @param retryAfter when a refused client is told to come back (HTTP Retry-After, Z39.50 addinfo)
 */
public record DoorLimits(int inFlight, int queued, Duration retryAfter) {

    public DoorLimits {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (inFlight < 1 || queued < 0) {
            throw new IllegalArgumentException("a door needs at least one request in flight and a queue of 0 or more");
        }
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter must be positive");
        }
    }
}
