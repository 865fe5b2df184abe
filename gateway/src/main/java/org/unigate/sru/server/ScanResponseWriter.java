package org.unigate.sru.server;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.unigate.federation.UnionScan;
import org.unigate.sru.SruVersion;
import org.unigate.sru.SruWriter;

/** scanResponse documents: the merged terms with their summed counts, members' problems as diagnostics. */
final class ScanResponseWriter {

    private ScanResponseWriter() {
    }

    static byte[] write(SruRequest.Scan request, UnionScan scan, List<SruDiagnostic> diagnostics)
            throws XMLStreamException {
        SruVersion v = request.version();
        SruWriter x = new SruWriter(v, request.presentation().stylesheet());
        x.root(v.scanNamespace(), "scanResponse", v.diagnosticNamespace());
        x.versionElement();
        if (!scan.entries().isEmpty()) {
            x.start("terms");
            for (UnionScan.Entry e : scan.entries()) {
                x.start("term");
                x.text("value", e.term());
                x.text("numberOfRecords", e.count());
                if (!e.displayTerm().equals(e.term())) {
                    x.text("displayTerm", e.displayTerm());
                }
                x.end();
            }
            x.end();
        }
        x.diagnostics(diagnostics);
        return x.finish();
    }
}
