package org.unigate.oai.server;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.oai.Granularity;
import org.unigate.oai.OaiDates;
import org.unigate.oai.OaiPmh;
import org.unigate.xml.XmlText;

/**
 * Writes an answer as an OAI-PMH 2.0 response document with StAX, record by record, straight to
 * the output: a page costs the memory of its entries, not of its XML.
 */
public final class OaiWriter {

    private static final String OAI = OaiPmh.NAMESPACE;
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String OAI_IDENTIFIER = "http://www.openarchives.org/OAI/2.0/oai-identifier";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private OaiWriter() {
    }

    public static void write(OaiRepository.Answer answer, String baseUrl, Instant now, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("", "OAI-PMH", OAI);
        xml.writeDefaultNamespace(OAI);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", OaiPmh.SCHEMA_LOCATION);
        text(xml, "responseDate", OaiDates.format(now));
        request(xml, answer.request(), baseUrl);
        body(xml, answer.reply(), baseUrl);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void request(XMLStreamWriter xml, OaiRequest request, String baseUrl) throws XMLStreamException {
        xml.writeStartElement("", "request", OAI);
        if (request != null) {
            xml.writeAttribute("verb", request.verb().protocolName());
            for (Map.Entry<String, String> a : request.echoable().entrySet()) {
                xml.writeAttribute(a.getKey(), XmlText.dropIllegal(a.getValue()));
            }
        }
        xml.writeCharacters(baseUrl);
        xml.writeEndElement();
    }

    private static void body(XMLStreamWriter xml, OaiReply reply, String baseUrl) throws XMLStreamException {
        if (reply instanceof OaiReply.Error e) {
            xml.writeStartElement("", "error", OAI);
            xml.writeAttribute("code", e.error().code());
            xml.writeCharacters(XmlText.dropIllegal(e.message()));
            xml.writeEndElement();
        } else if (reply instanceof OaiReply.Identify i) {
            identify(xml, i, baseUrl);
        } else if (reply instanceof OaiReply.MetadataFormats f) {
            formats(xml, f);
        } else if (reply instanceof OaiReply.Sets s) {
            sets(xml, s);
        } else if (reply instanceof OaiReply.Single s) {
            xml.writeStartElement("", "GetRecord", OAI);
            record(xml, s.item(), s.format());
            xml.writeEndElement();
        } else if (reply instanceof OaiReply.Page p) {
            page(xml, p);
        }
    }

    private static void formats(XMLStreamWriter xml, OaiReply.MetadataFormats f) throws XMLStreamException {
        xml.writeStartElement("", "ListMetadataFormats", OAI);
        for (OaiFormat format : f.formats()) {
            xml.writeStartElement("", "metadataFormat", OAI);
            text(xml, "metadataPrefix", format.prefix());
            text(xml, "schema", format.format().schemaLocation());
            text(xml, "metadataNamespace", format.format().namespace());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void sets(XMLStreamWriter xml, OaiReply.Sets s) throws XMLStreamException {
        xml.writeStartElement("", "ListSets", OAI);
        for (OaiReply.SetInfo set : s.sets()) {
            xml.writeStartElement("", "set", OAI);
            text(xml, "setSpec", set.spec());
            text(xml, "setName", XmlText.dropIllegal(set.name()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void identify(XMLStreamWriter xml, OaiReply.Identify i, String baseUrl) throws XMLStreamException {
        xml.writeStartElement("", "Identify", OAI);
        text(xml, "repositoryName", XmlText.dropIllegal(i.repositoryName()));
        text(xml, "baseURL", baseUrl);
        text(xml, "protocolVersion", "2.0");
        for (String email : i.adminEmails()) {
            text(xml, "adminEmail", XmlText.dropIllegal(email));
        }
        text(xml, "earliestDatestamp", OaiDates.format(i.earliestDatestamp()));
        text(xml, "deletedRecord", "persistent");
        text(xml, "granularity", Granularity.SECOND.pattern());
        text(xml, "compression", "gzip");
        text(xml, "compression", "deflate");
        xml.writeStartElement("", "description", OAI);
        xml.writeStartElement("", "oai-identifier", OAI_IDENTIFIER);
        xml.writeDefaultNamespace(OAI_IDENTIFIER);
        xml.writeAttribute("xsi", XSI, "schemaLocation",
                OAI_IDENTIFIER + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        for (String[] field : new String[][] {{"scheme", "oai"}, {"repositoryIdentifier", i.repositoryIdentifier()},
                {"delimiter", ":"}, {"sampleIdentifier", i.sampleIdentifier()}}) {
            xml.writeStartElement("", field[0], OAI_IDENTIFIER);
            xml.writeCharacters(field[1]);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void page(XMLStreamWriter xml, OaiReply.Page p) throws XMLStreamException {
        xml.writeStartElement("", p.withMetadata() ? "ListRecords" : "ListIdentifiers", OAI);
        for (OaiReply.Item item : p.items()) {
            if (p.withMetadata()) {
                record(xml, item, p.format());
            } else {
                header(xml, item);
            }
        }
        if (p.split()) {
            xml.writeStartElement("", "resumptionToken", OAI);
            if (p.tokenExpiry() != null) {
                xml.writeAttribute("expirationDate", OaiDates.format(p.tokenExpiry()));
            }
            xml.writeAttribute("completeListSize", Long.toString(p.listSize()));
            xml.writeAttribute("cursor", Long.toString(p.cursor()));
            xml.writeCharacters(p.token());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void record(XMLStreamWriter xml, OaiReply.Item item, OaiFormat format) throws XMLStreamException {
        xml.writeStartElement("", "record", OAI);
        header(xml, item);
        if (!item.entry().deleted()) {
            xml.writeStartElement("", "metadata", OAI);
            format.format().writeXml(item.entry().value(), xml);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void header(XMLStreamWriter xml, OaiReply.Item item) throws XMLStreamException {
        xml.writeStartElement("", "header", OAI);
        if (item.entry().deleted()) {
            xml.writeAttribute("status", "deleted");
        }
        text(xml, "identifier", item.identifier());
        text(xml, "datestamp", OaiDates.format(item.entry().datestamp()));
        text(xml, "setSpec", item.setSpec());
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("", name, OAI);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
