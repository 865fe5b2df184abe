package org.unigate.sru.client;

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

    static final String NS_1 = "http://www.loc.gov/zing/srw/diagnostic/";
    static final String NS_2 = "http://docs.oasis-open.org/ns/search-ws/diagnostic";

    private DiagnosticReader() {
    }

    /** Whether the current element is a diagnostic in either version's namespace. */
    static boolean isDiagnostic(XMLStreamReader xml) {
        return "diagnostic".equals(xml.getLocalName())
                && (NS_1.equals(xml.getNamespaceURI()) || NS_2.equals(xml.getNamespaceURI()));
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
        return SruDiagnostics.map(uri, details, message);
    }
}
