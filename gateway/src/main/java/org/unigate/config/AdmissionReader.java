package org.unigate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** Reads {@code server.admission}: per door {@code inFlight}, {@code queued} and {@code retryAfter}. */
final class AdmissionReader {

    private AdmissionReader() {
    }

    static AdmissionSettings read(Path file, ConfigNode node, AdmissionSettings d) {
        Fields f = new Fields(file, node, "admission limits per door (sru, z3950, oai)");
        f.allowOnly(Set.of("sru", "z3950", "oai"));
        return new AdmissionSettings(
                f.get("sru").map(n -> door(file, n, d.sru())).orElse(d.sru()),
                f.get("z3950").map(n -> door(file, n, d.z3950())).orElse(d.z3950()),
                f.get("oai").map(n -> door(file, n, d.oai())).orElse(d.oai()));
    }

    private static DoorLimits door(Path file, ConfigNode node, DoorLimits d) {
        Fields f = new Fields(file, node, "a door's limits (inFlight, queued, retryAfter)");
        f.allowOnly(Set.of("inFlight", "queued", "retryAfter"));
        int inFlight = f.integer("inFlight", d.inFlight(), 1, 100_000);
        int queued = f.integer("queued", d.queued(), 0, 1_000_000);
        Duration retryAfter = f.duration("retryAfter", d.retryAfter());
        if (retryAfter.isZero() || retryAfter.isNegative() || retryAfter.toHours() >= 24) {
            throw f.error(f.require("retryAfter", ""), "expected a duration from 1s to 24h, got "
                    + Durations.format(retryAfter));
        }
        return new DoorLimits(inFlight, queued, retryAfter);
    }
}
