package org.unigate.records;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.union.UnionRecord;
import org.unigate.marc.MarcJsonWriter;

/** MARC-in-JSON. Not XML: SRU can carry it only with recordPacking string (or recordXMLEscaping string). */
record MarcJsonFormat() implements RecordFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String identifier() {
        return "info:srw/schema/1/marc-in-json";
    }

    @Override
    public String namespace() {
        return null;
    }

    @Override
    public String schemaLocation() {
        return null;
    }

    @Override
    public void writeXml(UnionRecord record, XMLStreamWriter xml) throws XMLStreamException {
        throw new XMLStreamException("MARC-in-JSON is not XML; send it packed as a string");
    }

    @Override
    public String text(UnionRecord record) {
        return MarcJsonWriter.toJson(record.record());
    }
}
