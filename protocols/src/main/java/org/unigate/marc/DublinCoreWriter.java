package org.unigate.marc;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes {@link DublinCore#map the crosswalk} as an OAI-PMH {@code oai_dc} or SRU {@code srw_dc} record. */
public final class DublinCoreWriter {

    public static final String DC = "http://purl.org/dc/elements/1.1/";
    public static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static final String SRW_DC = "info:srw/schema/1/dc-schema";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** The two wrappers the gateway serves: OAI-PMH's and SRU's. */
    public enum Flavour {
        OAI_DC("oai_dc", DublinCoreWriter.OAI_DC, DublinCoreWriter.OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
        SRW_DC("srw_dc", DublinCoreWriter.SRW_DC, null);

        private final String prefix;
        private final String namespace;
        private final String schemaLocation;

        Flavour(String prefix, String namespace, String schemaLocation) {
            this.prefix = prefix;
            this.namespace = namespace;
            this.schemaLocation = schemaLocation;
        }

        public String namespace() {
            return namespace;
        }
    }

    private DublinCoreWriter() {
    }

    public static String toXml(MarcRecord record, Flavour flavour) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            write(record, flavour, xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** Writes {@code <oai_dc:dc>} or {@code <srw_dc:dc>} at the writer's position, declaring its namespaces. */
    public static void write(MarcRecord record, Flavour flavour, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(flavour.prefix, "dc", flavour.namespace);
        xml.writeNamespace(flavour.prefix, flavour.namespace);
        xml.writeNamespace("dc", DC);
        if (flavour.schemaLocation != null) {
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", flavour.schemaLocation);
        }
        for (DublinCore.Element element : DublinCore.map(record)) {
            xml.writeStartElement("dc", element.name(), DC);
            xml.writeCharacters(XmlText.legal(element.value()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
