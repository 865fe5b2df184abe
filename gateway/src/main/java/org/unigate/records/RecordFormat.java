package org.unigate.records;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.union.UnionRecord;

/**
 * One way of writing a union record for a client: an SRU record schema, an OAI-PMH metadata
 * format, or both. The SRU and OAI-PMH front ends share these so a record reads the same
 * whichever door it leaves by.
 */
public interface RecordFormat {

    /** Short name, as SRU's recordSchema and OAI-PMH's metadataPrefix use it: marcxml, dc, mods, json, unigate. */
    String name();

    /** The SRU schema identifier (info:srw/schema/1/marcxml-v1.1 and so on). */
    String identifier();

    /** Namespace of the record's root element; null for formats that are not XML. */
    String namespace();

    /** Where the format's XML Schema is published; null when there is none. */
    String schemaLocation();

    default boolean xml() {
        return namespace() != null;
    }

    /** Writes the record as one element at the writer's position, declaring the namespaces it uses. */
    void writeXml(UnionRecord record, XMLStreamWriter xml) throws XMLStreamException;

    /** The record as a standalone text: an XML element without prologue, or JSON. */
    default String text(UnionRecord record) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            writeXml(record, xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + name() + " record", e);
        }
        return text.toString();
    }
}
