package org.unigate.oai.client;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unigate.xml.UntrustedXml;

/** Reads the two answers that describe a provider: Identify and ListMetadataFormats. */
final class ProviderParser {

    /** What Identify says that a harvester needs. */
    record Identity(String repositoryName, OaiDates granularity, String deletedRecord) {
    }

    /** One metadata format the provider offers. */
    record Format(String prefix, String namespace) {
    }

    private ProviderParser() {
    }

    static Identity identify(byte[] body) throws XMLStreamException, HarvestException.ProviderError {
        String[] values = new String[3];
        read(body, "Identify", xml -> {
            while (UntrustedXml.nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "repositoryName" -> values[0] = xml.getElementText().strip();
                    case "granularity" -> values[1] = xml.getElementText().strip();
                    case "deletedRecord" -> values[2] = xml.getElementText().strip();
                    default -> UntrustedXml.skip(xml);
                }
            }
        });
        return new Identity(values[0], OaiDates.of(values[1]), values[2]);
    }

    static List<Format> formats(byte[] body) throws XMLStreamException, HarvestException.ProviderError {
        List<Format> formats = new ArrayList<>();
        read(body, "ListMetadataFormats", xml -> {
            while (UntrustedXml.nextChild(xml)) {
                String prefix = null;
                String namespace = null;
                while (UntrustedXml.nextChild(xml)) {
                    switch (xml.getLocalName()) {
                        case "metadataPrefix" -> prefix = xml.getElementText().strip();
                        case "metadataNamespace" -> namespace = xml.getElementText().strip();
                        default -> UntrustedXml.skip(xml);
                    }
                }
                if (prefix != null) {
                    formats.add(new Format(prefix, namespace));
                }
            }
        });
        return formats;
    }

    private interface Body {
        void read(XMLStreamReader xml) throws XMLStreamException;
    }

    private static void read(byte[] bytes, String verb, Body body) throws XMLStreamException, HarvestException.ProviderError {
        XMLStreamReader xml = UntrustedXml.reader(new ByteArrayInputStream(bytes));
        try {
            UntrustedXml.toRoot(xml);
            if (!OaiXml.isOai(xml, "OAI-PMH")) {
                throw new XMLStreamException("not an OAI-PMH response: <" + xml.getLocalName() + ">");
            }
            while (UntrustedXml.nextChild(xml)) {
                if (OaiXml.isOai(xml, "error")) {
                    String code = xml.getAttributeValue(null, "code");
                    throw new HarvestException.ProviderError(code, xml.getElementText().strip());
                } else if (OaiXml.isOai(xml, verb)) {
                    body.read(xml);
                    return;
                } else {
                    UntrustedXml.skip(xml);
                }
            }
            throw new XMLStreamException("OAI-PMH response without " + verb);
        } finally {
            xml.close();
        }
    }
}
