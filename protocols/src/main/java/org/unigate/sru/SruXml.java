package org.unigate.sru;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unigate.xml.UntrustedXml;

/** SRU-specific StAX reading helpers on top of {@link UntrustedXml}, which every reader of a peer's response goes through. */
final class SruXml {

    private SruXml() {
    }

    /** Whether the current element is {@code name} in {@code namespace}. */
    static boolean is(XMLStreamReader xml, String namespace, String name) {
        return name.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    /** The text of a simple element, stripped. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        return xml.getElementText().strip();
    }

    /** The parser's complaint and where it arose, on one line, for a diagnostic's details. */
    static String describe(XMLStreamException e) {
        String message = UntrustedXml.describe(e);
        if (e.getLocation() == null || e.getLocation().getLineNumber() < 0) {
            return message;
        }
        return message + " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
    }
}
