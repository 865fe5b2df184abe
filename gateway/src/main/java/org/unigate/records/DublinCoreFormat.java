package org.unigate.records;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.union.UnionRecord;
import org.unigate.marc.DublinCoreWriter;

/** Simple Dublin Core in SRU's ({@code srw_dc}) or OAI-PMH's ({@code oai_dc}) wrapper. */
record DublinCoreFormat(DublinCoreWriter.Flavour flavour) implements RecordFormat {

    @Override
    public String name() {
        return flavour == DublinCoreWriter.Flavour.OAI_DC ? "oai_dc" : "dc";
    }

    @Override
    public String identifier() {
        return flavour == DublinCoreWriter.Flavour.OAI_DC ? DublinCoreWriter.OAI_DC : "info:srw/schema/1/dc-v1.1";
    }

    @Override
    public String namespace() {
        return flavour.namespace();
    }

    @Override
    public String schemaLocation() {
        return flavour == DublinCoreWriter.Flavour.OAI_DC
                ? "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
                : "http://www.loc.gov/standards/sru/recordSchemas/dc-schema.xsd";
    }

    @Override
    public void writeXml(UnionRecord record, XMLStreamWriter xml) throws XMLStreamException {
        DublinCoreWriter.write(record.record(), flavour, xml);
    }
}
