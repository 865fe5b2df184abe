package org.unigate.oai.server;

import java.time.Instant;
import java.util.List;
import org.unigate.oai.OaiError;
import org.unigate.union.UnionRecord;
import org.unigate.feed.FeedEntry;

/**
 * What a request is answered with, decided (and every error found) before the first byte is
 * sent, so a response never starts as a result and ends as an error.
 */
public sealed interface OaiReply {

    record Identify(String repositoryName, List<String> adminEmails, Instant earliestDatestamp,
                    String repositoryIdentifier, String sampleIdentifier) implements OaiReply {
    }

    record MetadataFormats(List<OaiFormat> formats) implements OaiReply {
    }

    record Sets(List<SetInfo> sets) implements OaiReply {
    }

    record SetInfo(String spec, String name) {
    }

    /** One record (or header) with the identifier and setSpec the repository shows it under. */
    record Item(String identifier, String setSpec, FeedEntry<UnionRecord> entry) {
    }

    /** GetRecord's answer. */
    record Single(Item item, OaiFormat format) implements OaiReply {
    }

    /**
     * A page of ListIdentifiers ({@code format} only names the prefix) or ListRecords.
     *
     * @param token the next page's token, "" on the last page of a split list, null if not split
     */
    record Page(List<Item> items, OaiFormat format, boolean withMetadata, String token, Instant tokenExpiry,
                long listSize, long cursor) implements OaiReply {

        public boolean split() {
            return token != null;
        }
    }

    record Error(OaiError error, String message) implements OaiReply {
    }
}
