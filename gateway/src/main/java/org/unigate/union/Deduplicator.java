package org.unigate.union;

import java.util.List;
import org.unigate.member.MemberRecord;

/**
 * Clusters member records that describe the same work into union records. Order of the
 * output is the order in which each cluster's first record appeared in the input.
 */
public interface Deduplicator {

    List<UnionRecord> merge(List<MemberRecord> records);

    /**
     * The deduplication of one fetch round of a union search. By default nothing is done ahead
     * and the round's merge is {@link #merge}.
     */
    default Round round() {
        return new Round() {
            @Override
            public void prepare(List<MemberRecord> records) {
            }

            @Override
            public List<UnionRecord> merge(List<MemberRecord> records) {
                return Deduplicator.this.merge(records);
            }
        };
    }

    /** One fetch round: members' answers are prepared as they arrive, then merged with all earlier records. */
    interface Round {

        /**
         * Told about records ahead of the merge that will include them (one member's answer, while
         * slower members are still answering), so that work on each record alone can be done early.
         * Must be thread-safe and may run concurrently with {@link #merge}; a merge must never wait
         * for it to finish.
         */
        void prepare(List<MemberRecord> records);

        /** The union records of everything fetched so far (this round's records and earlier ones). */
        List<UnionRecord> merge(List<MemberRecord> records);

        /** Called once the round's result is published: keep what later rounds can reuse. */
        default void finish() {
        }
    }
}
