package org.unigate.sru.server;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.config.ConsortiumConfig;
import org.unigate.indexmap.IndexMap;
import org.unigate.indexmap.MapEntry;
import org.unigate.member.MemberSpec;
import org.unigate.query.Clause;
import org.unigate.records.RecordFormat;
import org.unigate.records.RecordFormats;
import org.unigate.sru.SruVersion;
import org.unigate.sru.SruWriter;
import org.unigate.xml.XmlText;

/**
 * explainResponse documents: a ZeeRex 2.0 record generated from the configuration, so that
 * what explain promises (indexes, schemas, limits) is what the other operations accept.
 */
final class ExplainWriter {

    static final String ZEEREX = "http://explain.z3950.org/dtd/2.0/";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ConsortiumConfig config;
    private final RecordFormats formats;
    private final IndexMap indexes;

    ExplainWriter(ConsortiumConfig config, RecordFormats formats, IndexMap indexes) {
        this.config = config;
        this.formats = formats;
        this.indexes = indexes;
    }

    /** Where the client reached us: host and port as it addressed them, and the database path. */
    record Address(String host, int port, String database) {
    }

    byte[] write(SruRequest.Explain request, Address address) throws XMLStreamException {
        SruVersion v = request.version();
        SruWriter x = new SruWriter(v, request.presentation().stylesheet());
        x.root(v.namespace(), "explainResponse", v.diagnosticNamespace());
        x.versionElement();
        x.record(ZEEREX, request.escaped(), zeerex(v, address), 1);
        return x.finish();
    }

    String zeerex(SruVersion v, Address address) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
        xml.writeStartElement("", "explain", ZEEREX);
        xml.writeDefaultNamespace(ZEEREX);
        xml.writeStartElement(ZEEREX, "serverInfo");
        xml.writeAttribute("protocol", "SRU");
        xml.writeAttribute("version", v.text());
        xml.writeAttribute("transport", "http");
        element(xml, "host", address.host());
        element(xml, "port", Integer.toString(address.port()));
        element(xml, "database", address.database());
        xml.writeEndElement();
        databaseInfo(xml, address.database());
        indexInfo(xml);
        schemaInfo(xml);
        configInfo(xml);
        xml.writeEndElement();
        xml.close();
        return text.toString();
    }

    private void databaseInfo(XMLStreamWriter xml, String database) throws XMLStreamException {
        String name = database.substring(database.lastIndexOf('/') + 1);
        String title = config.member(name).map(MemberSpec::name)
                .or(() -> config.databases().keySet().stream().filter(name::equalsIgnoreCase).findFirst()
                        .map(db -> config.name() + ": " + db))
                .orElse(config.name());
        xml.writeStartElement(ZEEREX, "databaseInfo");
        titled(xml, "title", title);
        if (!config.description().isBlank()) {
            titled(xml, "description", config.description());
        }
        xml.writeEndElement();
    }

    private void indexInfo(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(ZEEREX, "indexInfo");
        for (MapEntry set : indexes.entries("set")) {
            if (!set.name().isEmpty()) {
                xml.writeEmptyElement(ZEEREX, "set");
                xml.writeAttribute("name", set.name());
                xml.writeAttribute("identifier", set.value());
            }
        }
        for (MapEntry index : indexes.entries("index")) {
            String full = index.name();
            int dot = full.indexOf('.');
            if (dot < 0) {
                continue;
            }
            xml.writeStartElement(ZEEREX, "index");
            xml.writeAttribute("search", "true");
            xml.writeAttribute("scan", Boolean.toString(QueryCheck.SCANNABLE.contains(QueryCheck.scanIndex(Clause.of(full, "x")))));
            titled(xml, "title", title(full.substring(dot + 1)));
            xml.writeStartElement(ZEEREX, "map");
            xml.writeStartElement(ZEEREX, "name");
            xml.writeAttribute("set", full.substring(0, dot));
            xml.writeCharacters(full.substring(dot + 1));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void schemaInfo(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(ZEEREX, "schemaInfo");
        for (RecordFormat f : formats.all()) {
            xml.writeStartElement(ZEEREX, "schema");
            xml.writeAttribute("identifier", f.identifier());
            xml.writeAttribute("name", f.name());
            if (f.schemaLocation() != null) {
                xml.writeAttribute("location", f.schemaLocation());
            }
            xml.writeAttribute("retrieve", "true");
            titled(xml, "title", f.name() + (f.xml() ? "" : " (recordPacking=string only)"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void configInfo(XMLStreamWriter xml) throws XMLStreamException {
        int max = config.server().maxRecords();
        xml.writeStartElement(ZEEREX, "configInfo");
        typed(xml, "default", "numberOfRecords", Integer.toString(Math.min(SearchParameters.DEFAULT_MAXIMUM_RECORDS, max)));
        typed(xml, "default", "retrieveSchema", config.sru().defaultSchema());
        typed(xml, "default", "recordPacking", "xml");
        typed(xml, "default", "contextSet", indexes.defaultContextSetUri().flatMap(indexes::prefixOf).orElse("cql"));
        typed(xml, "default", "resultSetTTL", Long.toString(config.federation().resultSetTtl().toSeconds()));
        typed(xml, "setting", "maximumRecords", Integer.toString(max));
        typed(xml, "setting", "maximumTerms", Integer.toString(max));
        typed(xml, "setting", "maximumQueryLength", Integer.toString(config.sru().maxQueryLength()));
        xml.writeEmptyElement(ZEEREX, "supports");
        xml.writeAttribute("type", "resultSets");
        xml.writeEmptyElement(ZEEREX, "supports");
        xml.writeAttribute("type", "sort");
        xml.writeEndElement();
    }

    private static void titled(XMLStreamWriter xml, String local, String text) throws XMLStreamException {
        xml.writeStartElement(ZEEREX, local);
        xml.writeAttribute("lang", "en");
        xml.writeAttribute("primary", "true");
        xml.writeCharacters(XmlText.replaceIllegal(text));
        xml.writeEndElement();
    }

    private static void typed(XMLStreamWriter xml, String local, String type, String value) throws XMLStreamException {
        xml.writeStartElement(ZEEREX, local);
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String local, String text) throws XMLStreamException {
        xml.writeStartElement(ZEEREX, local);
        xml.writeCharacters(XmlText.replaceIllegal(text));
        xml.writeEndElement();
    }

    /** {@code localNumber} → {@code Local number}: a title good enough for a menu. */
    static String title(String name) {
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
