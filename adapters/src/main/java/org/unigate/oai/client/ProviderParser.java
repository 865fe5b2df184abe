package org.unigate.oai.client;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unigate.oai.Granularity;
import org.unigate.oai.OaiPmh;
import org.unigate.oai.OaiVerb;
import org.unigate.xml.UntrustedXml;

/** Reads the two answers that describe a provider: Identify and ListMetadataFormats. */
final class ProviderParser {

    /** What Identify says that a harvester needs. */
    record Identity(String repositoryName, Granularity granularity, String deletedRecord) {
    }

    /** One metadata format the provider offers. */
    record Format(String prefix, String namespace) {
    }

    private ProviderParser() {
    }

    static Identity identify(byte[] body) throws XMLStreamException, HarvestException.ProviderError {
        String[] values = new String[3];
        read(body, OaiVerb.IDENTIFY, xml -> {
            while (UntrustedXml.nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "repositoryName" -> values[0] = xml.getElementText().strip();
                    case "granularity" -> values[1] = xml.getElementText().strip();
                    case "deletedRecord" -> values[2] = xml.getElementText().strip();
                    default -> UntrustedXml.skip(xml);
                }
            }
        });
        return new Identity(values[0], Granularity.of(values[1]), values[2]);
    }

    static List<Format> formats(byte[] body) throws XMLStreamException, HarvestException.ProviderError {
        List<Format> formats = new ArrayList<>();
        read(body, OaiVerb.LIST_METADATA_FORMATS, xml -> {
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

    private static void read(byte[] bytes, OaiVerb verb, Body body) throws XMLStreamException, HarvestException.ProviderError {
        XMLStreamReader xml = UntrustedXml.reader(new ByteArrayInputStream(bytes));
        try {
            UntrustedXml.toRoot(xml);
            if (!OaiPmh.isOai(xml, "OAI-PMH")) {
                throw new XMLStreamException("not an OAI-PMH response: <" + xml.getLocalName() + ">");
            }
            while (UntrustedXml.nextChild(xml)) {
                if (OaiPmh.isOai(xml, "error")) {
                    String code = xml.getAttributeValue(null, "code");
                    throw new HarvestException.ProviderError(code, xml.getElementText().strip());
                } else if (OaiPmh.isOai(xml, verb.protocolName())) {
                    body.read(xml);
                    return;
                } else {
                    UntrustedXml.skip(xml);
                }
            }
            throw new XMLStreamException("OAI-PMH response without " + verb.protocolName());
        } finally {
            xml.close();
        }
    }
}
