package org.unigate.testbed.generator;

import java.util.Objects;
import org.unigate.marc.MarcRecord;

/**
 * One member's catalogue record for a work.
 *
 * @param member 1-based member index
 * @param workId the ground truth: records with equal work ids describe the same work
 */
public record GeneratedRecord(int member, String workId, MarcRecord record) {
    public GeneratedRecord {
        Objects.requireNonNull(workId, "workId");
        Objects.requireNonNull(record, "record");
    }
}
