package org.unigate.federation.catalogue;

import java.util.Comparator;
import java.util.Objects;

/** One member's copy of a work: the member and its own id for the record. */
public record CopyKey(String memberId, String localId) implements Comparable<CopyKey> {

    private static final Comparator<CopyKey> ORDER =
            Comparator.comparing(CopyKey::memberId).thenComparing(CopyKey::localId);

    public CopyKey {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(localId, "localId");
    }

    @Override
    public int compareTo(CopyKey other) {
        return ORDER.compare(this, other);
    }
}
