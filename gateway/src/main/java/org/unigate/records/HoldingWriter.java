package org.unigate.records;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.marc.DataField;

/**
 * One holdings field as {@code <union:holding tag="852">}. From an 852 location: institution
 * ($a), collection ($b), shelving location ($c), call number (prefix $k, classification $h, item
 * part $i, suffix $m, or the shelving control number $j), copy ($t), public notes ($z), links
 * ($u). From an 856: links ($u), link text ($y, else materials $3) and notes ($z). From 866-868:
 * the summary statement ($a) and notes ($z). The children keep the schema's order.
 */
final class HoldingWriter {

    private HoldingWriter() {
    }

    static void write(DataField field, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(UnigateFormat.PREFIX, "holding", UnigateFormat.NAMESPACE);
        xml.writeAttribute("tag", legal(field.tag()));
        boolean location = field.tag().equals("852");
        boolean link = field.tag().equals("856");
        if (location) {
            element(xml, "institution", field.all('a'));
            element(xml, "collection", field.all('b'));
            element(xml, "shelvingLocation", field.all('c'));
            String callNumber = field.join("khim");
            element(xml, "callNumber", List.of(callNumber.isBlank() ? field.join("j") : callNumber));
            element(xml, "copy", field.all('t'));
        }
        if (!location && !link) {
            element(xml, "summary", field.all('a'));
        }
        element(xml, "url", field.all('u'));
        if (link) {
            element(xml, "linkText", List.of(field.first('y').or(() -> field.first('3')).orElse("")));
        }
        element(xml, "note", field.all('z'));
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, List<String> values) throws XMLStreamException {
        for (String value : values) {
            String text = legal(value).strip();
            if (!text.isEmpty()) {
                xml.writeStartElement(UnigateFormat.PREFIX, name, UnigateFormat.NAMESPACE);
                xml.writeCharacters(text);
                xml.writeEndElement();
            }
        }
    }

    /** Member data is untrusted: characters XML 1.0 cannot carry are dropped, never written raw. */
    static String legal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(HoldingWriter::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
