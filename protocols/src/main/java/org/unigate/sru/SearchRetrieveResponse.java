package org.unigate.sru;

import java.util.List;
import org.unigate.diag.Diagnostic;

/**
 * What a searchRetrieveResponse of any version says, as read off the wire.
 *
 * @param numberOfRecords the hit count, or null when the peer left it out (YAZ/Zebra do on fatal diagnostics)
 * @param records         each record, usable or not, in response order
 * @param diagnostics     the response's own diagnostics
 */
public record SearchRetrieveResponse(Long numberOfRecords, List<SruRecord> records, List<Diagnostic> diagnostics) {

    public SearchRetrieveResponse {
        records = List.copyOf(records);
        diagnostics = List.copyOf(diagnostics);
    }
}
