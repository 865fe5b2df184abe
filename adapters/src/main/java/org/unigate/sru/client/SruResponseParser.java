package org.unigate.sru.client;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.member.MemberRecord;
import org.unigate.sru.BadRecordException;
import org.unigate.sru.SearchRetrieveReader;
import org.unigate.sru.SearchRetrieveResponse;
import org.unigate.sru.SruRecord;

/**
 * A member's searchRetrieveResponse as a page of member records: the response is read by the
 * protocol's {@link SearchRetrieveReader}, and each record's MARCXML decoded. A record that
 * cannot be used is reported in the page's record problems and skipped.
 */
final class SruResponseParser {

    private final RecordDecoder decoder;

    SruResponseParser(String memberId) {
        this.decoder = new RecordDecoder(memberId);
    }

    /** @throws DiagnosticException {@code MEMBER_ERROR} with what was wrong and where */
    SruPage parse(InputStream in) {
        SearchRetrieveResponse response = SearchRetrieveReader.read(in);
        List<MemberRecord> records = new ArrayList<>();
        List<Diagnostic> recordProblems = new ArrayList<>();
        for (SruRecord record : response.records()) {
            if (record instanceof SruRecord.Problem problem) {
                recordProblems.add(problem.diagnostic());
            } else if (record instanceof SruRecord.Data data) {
                try {
                    records.add(decoder.decode(data.data(), data.schema(), data.identifier()));
                } catch (BadRecordException e) {
                    recordProblems.add(data.skipped(e.getMessage()));
                }
            }
        }
        return new SruPage(response.numberOfRecords(), records, response.diagnostics(), recordProblems);
    }
}
