package org.unigate.federation;

import java.util.List;
import org.unigate.member.MemberRecord;

/**
 * Clusters member records that describe the same work into union records. Order of the
 * output is the order in which each cluster's first record appeared in the input.
 */
public interface Deduplicator {
    List<UnionRecord> merge(List<MemberRecord> records);

    /**
     * Told about records ahead of the merge that will include them (one member's answer, while
     * slower members are still answering), so that work on each record alone can be done early.
     * Must be thread-safe and may run concurrently with {@link #merge}; a merge must never wait
     * for it to finish. By default nothing is done.
     */
    default void prepare(List<MemberRecord> records) {
    }
}
