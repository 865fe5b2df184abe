package org.unigate.oai.client;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX plumbing for provider responses: a reader that refuses DTDs and external entities (a
 * provider's bytes are untrusted), tree-walking without building a tree, and copying one
 * element out as a document of its own, bounded in size.
 */
final class OaiXml {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    /** Signals a subtree larger than the bound; the reader is left inside it. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private OaiXml() {
    }

    /** Made per use: StAX does not promise that factories are thread-safe. */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }

    /** Moves to the root element, refusing a document type declaration on the way. */
    static void toRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (xml.getEventType() == XMLStreamConstants.DTD) {
                throw new XMLStreamException("document type declarations are refused", xml.getLocation());
            }
            if (!xml.hasNext()) {
                throw new XMLStreamException("no root element", xml.getLocation());
            }
            xml.next();
        }
    }

    /** Moves to the current element's next child element; false (on its end tag) when there is none. */
    static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** Steps over the current element and everything in it, leaving the reader on its end tag. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    static boolean isOai(XMLStreamReader xml, String name) {
        return name.equals(xml.getLocalName()) && OAI.equals(xml.getNamespaceURI());
    }

    /**
     * Copies the current element as a standalone UTF-8 document, namespaces declared where
     * used, leaving the reader on its end tag.
     *
     * @throws TooLarge past {@code maxBytes} of text and markup (counted as the copy grows)
     */
    static byte[] copy(XMLStreamReader xml, int maxBytes) throws XMLStreamException, TooLarge {
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


    /** The parser's complaint and where it arose, on one line. */
    static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage().strip();
        int at = message.lastIndexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        return message.replaceAll("\\s+", " ");
    }
}
