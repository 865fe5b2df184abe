package org.unigate.oai.client;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A member's harvest progress as kept in its catalogue's commit data, so it is durable exactly
 * when the records it describes are. {@code highWater} is the highest datestamp of the last
 * complete harvest (the next one's {@code from}). While a harvest is under way, {@code run}
 * says where it is: its own {@code from}, the highest datestamp so far, which set, and the
 * resumption token of the next page. A list is not in datestamp order, so an interrupted run
 * resumes with its own {@code from}, never with the highest datestamp it had seen.
 */
record HarvestState(String metadataPrefix, Instant highWater, Run run) {

    /** An unfinished harvest; {@code from} and {@code highest} may be null, {@code token} null = start the set. */
    record Run(Instant from, Instant highest, int set, String token) {
    }

    static final HarvestState NONE = new HarvestState(null, null, null);

    private static final String PREFIX = "oai.metadataPrefix";
    private static final String HIGH_WATER = "oai.highWater";
    private static final String RUN_FROM = "oai.run.from";
    private static final String RUN_HIGHEST = "oai.run.highest";
    private static final String RUN_SET = "oai.run.set";
    private static final String RUN_TOKEN = "oai.run.token";

    /** Reads the state back; anything unreadable counts as absent, which means a full harvest. */
    static HarvestState of(Map<String, String> data) {
        try {
            Run run = data.containsKey(RUN_SET)
                    ? new Run(instant(data.get(RUN_FROM)), instant(data.get(RUN_HIGHEST)),
                            Integer.parseInt(data.get(RUN_SET)), data.get(RUN_TOKEN))
                    : null;
            return new HarvestState(data.get(PREFIX), instant(data.get(HIGH_WATER)), run);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    Map<String, String> toMap() {
        Map<String, String> data = new HashMap<>();
        put(data, PREFIX, metadataPrefix);
        put(data, HIGH_WATER, highWater);
        if (run != null) {
            data.put(RUN_SET, Integer.toString(run.set()));
            put(data, RUN_FROM, run.from());
            put(data, RUN_HIGHEST, run.highest());
            put(data, RUN_TOKEN, run.token());
        }
        return data;
    }

    HarvestState withRun(Run next) {
        return new HarvestState(metadataPrefix, highWater, next);
    }

    private static void put(Map<String, String> data, String key, Object value) {
        if (value != null) {
            data.put(key, value.toString());
        }
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
