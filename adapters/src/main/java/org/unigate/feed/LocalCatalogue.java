package org.unigate.feed;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.unigate.marc.MarcRecord;

/**
 * A member's records held in the gateway's own process (an embedded catalogue, or the index an
 * OAI-PMH member is harvested into): followed as a change feed by the OAI-PMH provider and the
 * union catalogue, and written by a harvest, which commits each page together with its progress
 * so that a crash keeps both or neither.
 */
public interface LocalCatalogue extends ChangeFeed<MarcRecord> {

    /** Holds {@code record} under {@code localId} as changed at {@code datestamp}, replacing what was there. */
    void put(String localId, MarcRecord record, Instant datestamp) throws IOException;

    /** Replaces what is held under {@code localId} by a tombstone dated {@code datestamp}. */
    void delete(String localId, Instant datestamp) throws IOException;

    /** Makes writes durable and visible together with {@code progress}, which replaces the last commit's. */
    void commit(Map<String, String> progress) throws IOException;

    /** The progress of the latest {@link #commit(Map)}, kept across restarts; empty if none. */
    Map<String, String> commitData();
}
