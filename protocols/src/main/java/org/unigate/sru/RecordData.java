package org.unigate.sru;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.xml.UntrustedXml;

/**
 * The content of one {@code <recordData>}, lifted out of the response as a standalone UTF-8
 * document so the MARC reader can take it as it takes a file. Both packings are handled
 * whatever the member claims: child elements are copied event by event (with the namespace
 * declarations they rely on from the enclosing response); text alone is a record escaped as a
 * string, which is parsed the same way and so checked for well-formedness on its own.
 *
 * @param root   the local name of the record's root element ({@code record}, {@code diagnostic}, ...)
 * @param bytes  the root element and its content, UTF-8, without an XML declaration
 */
public record RecordData(String root, String namespace, byte[] bytes) {

    /**
     * Copies the content of the element the reader is on ({@code recordData}), leaving the
     * reader on its end tag. Only the first top-level element is kept.
     *
     * @throws XMLStreamException when the response is not well-formed
     * @throws BadRecordException when the element is empty or holds a string that is not well-formed XML
     */
    static RecordData copy(XMLStreamReader xml, XMLOutputFactory outputs) throws XMLStreamException, BadRecordException {
        RecordData copied = null;
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (copied == null) {
                    copied = copyElement(xml, outputs);
                } else {
                    UntrustedXml.skip(xml);
                }
            } else if (isText(event) && copied == null) {
                text.append(xml.getText());
            }
        }
        if (copied != null) {
            return copied;
        }
        if (text.toString().isBlank()) {
            throw new BadRecordException("recordData is empty");
        }
        try {
            return unescape(text.toString(), outputs);
        } catch (XMLStreamException e) {
            throw new BadRecordException("record packed as a string is not well-formed XML: " + SruXml.describe(e));
        }
    }

    /** A record sent as escaped text: parsed on its own and copied like an inline one. */
    private static RecordData unescape(String text, XMLOutputFactory outputs) throws XMLStreamException {
        // Already characters: any encoding its own declaration claims no longer applies.
        XMLStreamReader inner = UntrustedXml.reader(new StringReader(text.strip()));
        try {
            UntrustedXml.toRoot(inner);
            RecordData copied = copyElement(inner, outputs);
            // Whatever follows the root must still be well-formed (comments, white space).
            while (inner.hasNext()) {
                inner.next();
            }
            return copied;
        } finally {
            inner.close();
        }
    }

    /** Copies the element the reader is on, with all it holds, leaving the reader on its end tag. */
    private static RecordData copyElement(XMLStreamReader xml, XMLOutputFactory outputs) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4_096);
        XMLStreamWriter writer = outputs.createXMLStreamWriter(out, "UTF-8");
        String root = xml.getLocalName();
        String namespace = xml.getNamespaceURI();
        startElement(xml, writer);
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                startElement(xml, writer);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                writer.writeEndElement();
            } else if (isText(event)) {
                writer.writeCharacters(xml.getText());
            }
        }
        writer.close();
        return new RecordData(root, namespace, out.toByteArray());
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /** The writers' factory, made once per response. */
    static XMLOutputFactory outputFactory() {
        XMLOutputFactory factory = XMLOutputFactory.newFactory();
        // Repairing declares each namespace the copied elements use, including ones bound on the response.
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
        return factory;
    }

    private static void startElement(XMLStreamReader xml, XMLStreamWriter writer) throws XMLStreamException {
        writer.writeStartElement(nonNull(xml.getPrefix()), xml.getLocalName(), nonNull(xml.getNamespaceURI()));
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if (ns == null || ns.isEmpty()) {
                writer.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            } else {
                writer.writeAttribute(nonNull(xml.getAttributePrefix(i)), ns, xml.getAttributeLocalName(i),
                        xml.getAttributeValue(i));
            }
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
