package org.unigate.oai;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * OAI-PMH 2.0's XML: its namespace, and StAX helpers on top of {@link org.unigate.xml.UntrustedXml}
 * for reading a provider's response, recognising OAI elements and copying one element out as a
 * document of its own, bounded in size.
 */
public final class OaiPmh {

    public static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/";
    public static final String SCHEMA_LOCATION = NAMESPACE + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    /** Signals a subtree larger than the bound; the reader is left inside it. */
    public static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private OaiPmh() {
    }

    /** Whether the current element is {@code name} in the OAI-PMH namespace. */
    public static boolean isOai(XMLStreamReader xml, String name) {
        return name.equals(xml.getLocalName()) && NAMESPACE.equals(xml.getNamespaceURI());
    }

    /**
     * Copies the current element as a standalone UTF-8 document, namespaces declared where
     * used, leaving the reader on its end tag.
     *
     * @throws TooLarge past {@code maxBytes} of text and markup (counted as the copy grows)
     */
    public static byte[] copy(XMLStreamReader xml, int maxBytes) throws XMLStreamException, TooLarge {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        int depth = 0;
        boolean tooLarge = false;
        while (true) {
            int event = xml.getEventType();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            if (!tooLarge) {
                write(xml, w);
                w.flush();
                // Past the bound the rest is read but no longer kept, so the caller stays in step.
                tooLarge = out.size() > maxBytes;
            }
            if (depth == 0) {
                break;
            }
            xml.next();
        }
        if (tooLarge) {
            throw new TooLarge("record metadata larger than " + maxBytes + " bytes");
        }
        w.close();
        return out.toByteArray();
    }

    private static void write(XMLStreamReader xml, XMLStreamWriter w) throws XMLStreamException {
        switch (xml.getEventType()) {
            case XMLStreamConstants.START_ELEMENT -> startElement(xml, w);
            case XMLStreamConstants.END_ELEMENT -> w.writeEndElement();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    w.writeCharacters(xml.getText());
            default -> {
                // comments and processing instructions carry nothing a record needs
            }
        }
    }

    private static void startElement(XMLStreamReader xml, XMLStreamWriter w) throws XMLStreamException {
        String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
        String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        w.writeStartElement(prefix, xml.getLocalName(), ns);
        if (!ns.isEmpty()) {
            // Declared on every element: redundant but always correct for a copied fragment.
            if (prefix.isEmpty()) {
                w.writeDefaultNamespace(ns);
            } else {
                w.writeNamespace(prefix, ns);
            }
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String an = xml.getAttributeNamespace(i);
            // Namespaced attributes (xsi:schemaLocation) mean nothing to a record reader and
            // their prefix is often declared outside the copied element: left out.
            if (an == null || an.isEmpty()) {
                w.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
        }
    }
}
