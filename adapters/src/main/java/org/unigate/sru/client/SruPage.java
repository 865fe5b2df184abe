package org.unigate.sru.client;

import java.util.List;
import org.unigate.diag.Diagnostic;
import org.unigate.member.MemberRecord;

/**
 * What a searchRetrieve response said, before it becomes a member response.
 *
 * @param numberOfRecords the hit count, or null when the member left it out (YAZ/Zebra do on fatal diagnostics)
 * @param records         the usable records, in response order
 * @param diagnostics     the response's own diagnostics
 * @param recordProblems  surrogate diagnostics and records that were skipped, one per record
 */
record SruPage(Long numberOfRecords, List<MemberRecord> records, List<Diagnostic> diagnostics,
               List<Diagnostic> recordProblems) {

    SruPage {
        records = List.copyOf(records);
        diagnostics = List.copyOf(diagnostics);
        recordProblems = List.copyOf(recordProblems);
    }
}
