package org.unigate.harvest;

import org.unigate.oai.client.HarvestReport;

/**
 * Told after each successful harvest of an OAI member (the union catalogue refreshes from the
 * member's change feed, starting at {@link HarvestReport#earliestChange()}). Called on the
 * harvest thread: return quickly, and hand long work to a thread of your own.
 */
@FunctionalInterface
public interface HarvestListener {

    void harvested(HarvestReport report);
}
