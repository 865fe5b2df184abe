package org.unigate.federation.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the catalogue remembers of one union id between refreshes: when it last changed, when it
 * was first given, the copies it stands for and a digest of their shared content. A deleted
 * entry (a tombstone) holds no copies.
 *
 * @param born       when the id was first given; the older id wins when two clusters merge
 * @param contentHash digest over every copy's shared content, empty for a tombstone
 */
public record UnionEntry(String unionId, Instant datestamp, Instant born, boolean deleted,
                         List<CopyKey> copies, String contentHash) {

    public UnionEntry {
        Objects.requireNonNull(unionId, "unionId");
        Objects.requireNonNull(datestamp, "datestamp");
        Objects.requireNonNull(born, "born");
        copies = List.copyOf(copies);
        contentHash = contentHash == null ? "" : contentHash;
        if (deleted != copies.isEmpty()) {
            throw new IllegalArgumentException("a tombstone holds no copies, a live entry at least one: " + unionId);
        }
    }

    static UnionEntry tombstone(UnionEntry was, Instant when) {
        return new UnionEntry(was.unionId, when, was.born, true, List.of(), "");
    }
}
