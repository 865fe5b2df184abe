package org.unigate.federation;

import java.util.List;
import org.unigate.member.MemberRecord;

/**
 * Clusters member records that describe the same work into union records. Order of the
 * output is the order in which each cluster's first record appeared in the input.
 */
public interface Deduplicator {
    List<UnionRecord> merge(List<MemberRecord> records);
}
