package org.unigate.records;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.union.UnionRecord;
import org.unigate.marc.MarcXmlWriter;

/** MARC 21 as MARCXML (SRU marcxml, OAI-PMH marc21): the union record's chosen description. */
record MarcXmlFormat() implements RecordFormat {

    @Override
    public String name() {
        return "marcxml";
    }

    @Override
    public String identifier() {
        return "info:srw/schema/1/marcxml-v1.1";
    }

    @Override
    public String namespace() {
        return MarcXmlWriter.NAMESPACE;
    }

    @Override
    public String schemaLocation() {
        return "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd";
    }

    @Override
    public void writeXml(UnionRecord record, XMLStreamWriter xml) throws XMLStreamException {
        MarcXmlWriter.write(record.record(), xml);
    }
}
