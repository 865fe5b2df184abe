package org.unigate.records;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.union.UnionRecord;
import org.unigate.marc.ModsWriter;

/** MODS 3.7 (SRU mods, OAI-PMH mods): the chosen description mapped as the Library of Congress maps it. */
record ModsFormat() implements RecordFormat {

    @Override
    public String name() {
        return "mods";
    }

    @Override
    public String identifier() {
        return ModsWriter.SRU_IDENTIFIER;
    }

    @Override
    public String namespace() {
        return ModsWriter.NAMESPACE;
    }

    @Override
    public String schemaLocation() {
        return ModsWriter.SCHEMA_LOCATION;
    }

    @Override
    public void writeXml(UnionRecord record, XMLStreamWriter xml) throws XMLStreamException {
        ModsWriter.write(record.record(), xml);
    }
}
