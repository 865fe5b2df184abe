package org.unigate.xml;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX over bytes nobody vouches for (a member's SRU or OAI-PMH response): a reader that
 * refuses DTDs and external entities, since an entity could read a local file or reach an
 * internal host, and steps over a document's element tree without building it.
 */
public final class UntrustedXml {

    private UntrustedXml() {
    }

    /** A reader over bytes, their encoding taken from the XML declaration. */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return factory().createXMLStreamReader(in);
    }

    /** A reader over text already decoded (a record escaped as a string). */
    public static XMLStreamReader reader(Reader in) throws XMLStreamException {
        return factory().createXMLStreamReader(in);
    }

    /** Made per use: StAX does not promise that factories are thread-safe. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** Moves to the root element, refusing a document type declaration on the way. */
    public static void toRoot(XMLStreamReader xml) throws XMLStreamException {
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
    public static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
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
    public static void skip(XMLStreamReader xml) throws XMLStreamException {
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

    /** The parser's complaint on one line, without the parser's own preamble. */
    public static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage().strip();
        int at = message.lastIndexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        return message.replaceAll("\\s+", " ");
    }
}
