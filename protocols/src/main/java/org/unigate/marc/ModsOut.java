package org.unigate.marc;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The few writing moves the MODS mapping needs: elements in the MODS namespace under the
 * {@code mods} prefix, attributes given as name/value pairs with null values left out, and text
 * made XML-safe. Empty values write nothing, so the mapping never emits an empty element.
 */
final class ModsOut {

    private final XMLStreamWriter xml;

    ModsOut(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void start(String name, String... attributes) throws XMLStreamException {
        xml.writeStartElement(ModsWriter.PREFIX, name, ModsWriter.NAMESPACE);
        attributes(attributes);
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    /** A leaf element whose text loses its ISBD closing punctuation; nothing when that leaves it empty. */
    void chopped(String name, String value, String... attributes) throws XMLStreamException {
        text(name, value == null ? null : Punctuation.chop(value), attributes);
    }

    /** A leaf element with its text as given (notes keep their full stops); nothing when blank. */
    void text(String name, String value, String... attributes) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        start(name, attributes);
        xml.writeCharacters(XmlText.legal(value.strip()));
        end();
    }

    /** Text whose leading and trailing spaces matter (a non-sorting article such as "The "). */
    void preserved(String name, String value) throws XMLStreamException {
        start(name);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        xml.writeCharacters(XmlText.legal(value));
        end();
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                xml.writeAttribute(pairs[i], XmlText.legal(pairs[i + 1].strip()));
            }
        }
    }
}
