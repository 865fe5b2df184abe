package org.unigate.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The admission limits of the three doors. The defaults follow the machine: a union search or
 * scan spends most of its life waiting for members, so each door lets several per processor
 * run and queues four times as many, enough to ride out a burst without piling more fan-outs
 * onto members that are already the bottleneck. At most 32 per search door, so that SRU and
 * Z39.50 together stay within the calls the engine lets one member have in progress (64): past
 * that, searches would wait here rather than be turned away by every member as busy. An OAI-PMH
 * request holds a worker thread while it reads local indexes and streams its page, so that door
 * runs about one per processor.
 */
public record AdmissionSettings(DoorLimits sru, DoorLimits z3950, DoorLimits oai) {

    public static final AdmissionSettings DEFAULTS = forProcessors(Runtime.getRuntime().availableProcessors());

    public AdmissionSettings {
        Objects.requireNonNull(sru, "sru");
        Objects.requireNonNull(z3950, "z3950");
        Objects.requireNonNull(oai, "oai");
    }

    public static AdmissionSettings forProcessors(int processors) {
        int searches = Math.min(32, Math.max(8, 4 * processors));
        int harvests = Math.max(4, processors);
        DoorLimits search = new DoorLimits(searches, 4 * searches, Duration.ofSeconds(5));
        return new AdmissionSettings(search, search, new DoorLimits(harvests, 8 * harvests, Duration.ofSeconds(10)));
    }

    public AdmissionSettings withSru(DoorLimits v) {
        return new AdmissionSettings(v, z3950, oai);
    }

    public AdmissionSettings withZ3950(DoorLimits v) {
        return new AdmissionSettings(sru, v, oai);
    }

    public AdmissionSettings withOai(DoorLimits v) {
        return new AdmissionSettings(sru, z3950, v);
    }
}
