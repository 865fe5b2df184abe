package org.unigate.sru;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unigate.diag.Diagnostic;
import org.unigate.xml.UntrustedXml;

/**
 * Reads one SRU {@code <diagnostic>} ({@code uri}, {@code details}, {@code message}), whether it
 * stands in the response's diagnostics or in a record as a surrogate. Children are matched by
 * local name: 1.x and 2.0 use different diagnostic namespaces, and servers mix them up.
 */
final class DiagnosticReader {

    private DiagnosticReader() {
    }

    /** Reads the diagnostic the reader is on, leaving it on the diagnostic's end tag. */
    static Diagnostic read(XMLStreamReader xml) throws XMLStreamException {
        String uri = null;
        String details = null;
        String message = null;
        while (UntrustedXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "uri" -> uri = SruXml.text(xml);
                case "details" -> details = SruXml.text(xml);
                case "message" -> message = SruXml.text(xml);
                default -> UntrustedXml.skip(xml);
            }
        }
        return SruDiagnostics.read(uri, details, message);
    }

    /** Whether a record's data is a surrogate diagnostic rather than a record. */
    static boolean isSurrogate(RecordData data) {
        return "diagnostic".equals(data.root()) && SruVersion.isDiagnosticNamespace(data.namespace());
    }

    /** The diagnostic a surrogate record carries. */
    static Diagnostic surrogate(RecordData data) throws BadRecordException {
        try {
            XMLStreamReader xml = UntrustedXml.reader(new ByteArrayInputStream(data.bytes()));
            try {
                UntrustedXml.toRoot(xml);
                return read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BadRecordException("surrogate diagnostic is unreadable: " + SruXml.describe(e));
        }
    }
}
