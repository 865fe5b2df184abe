package org.unigate.harvest;

import org.unigate.config.HarvestSettings;
import org.unigate.oai.client.HarvestOptions;

/** What the gateway and the command line agree on about harvested members. */
public final class MemberHarvests {

    private MemberHarvests() {
    }

    /** The harvester's options from the configuration's {@code harvest} section. */
    public static HarvestOptions options(HarvestSettings settings) {
        return HarvestOptions.DEFAULTS.withTimeout(settings.timeout()).withRetries(Math.max(1, settings.retries()));
    }
}
