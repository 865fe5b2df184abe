package org.unigate.sru.server;

import java.util.List;
import java.util.Objects;
import org.unigate.union.UnionRecord;
import org.unigate.federation.UnionResult;

/**
 * What a searchRetrieve found: the result set as it stood after the page was fetched, the
 * page's records, and the non-fatal diagnostics (members that failed, unsupported sort keys).
 */
record SearchPage(SruRequest.SearchRetrieve request, UnionResult result, List<UnionRecord> records,
                  List<SruDiagnostic> diagnostics) {

    SearchPage {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(result, "result");
        records = List.copyOf(records);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The engine's deduplicated count, the same at every door: what a client can page through. */
    long numberOfRecords() {
        return result.count().value();
    }

    /** The position after this page, or 0 when there is nothing after it. */
    long nextRecordPosition() {
        long next = request.startRecord() + records.size();
        return !records.isEmpty() && next <= numberOfRecords() ? next : 0;
    }
}
