package org.unigate.oai.server;

import java.time.Instant;
import java.util.Objects;
import org.unigate.feed.FeedPosition;
import org.unigate.oai.OaiVerb;

/**
 * Where an incomplete list stopped, carried by the harvester rather than kept by the gateway:
 * the list's arguments, the feed it stopped in and the last entry it sent there.
 *
 * @param set        the set argument, null for the whole repository
 * @param from       inclusive lower datestamp bound, null when open
 * @param until      inclusive upper datestamp bound, null when open
 * @param feed       index of the repository's set in which the last page ended
 * @param after      the last entry sent from that feed; null before the first page
 * @param cursor     how many entries earlier pages sent
 * @param listSize   completeListSize as counted when the list began
 * @param issued     when this token was issued (it expires a TTL later)
 */
public record ResumptionToken(OaiVerb verb, String metadataPrefix, String set, Instant from, Instant until,
                              int feed, FeedPosition after, long cursor, long listSize, Instant issued) {

    public ResumptionToken {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(metadataPrefix, "metadataPrefix");
        Objects.requireNonNull(issued, "issued");
    }
}
