package org.unigate.sru;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.xml.XmlText;

/**
 * One SRU response document being written: StAX into memory, with the version's prefixes, text
 * made safe for XML 1.0, records in either packing (or a surrogate diagnostic in a record's
 * place), and the diagnostics list. Not thread-safe: one document, one writer.
 */
public final class SruWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final Map<String, String> PREFIXES = Map.of(
            SruVersion.NS_1X, "zs", SruVersion.DIAG_1X, "diag",
            SruVersion.NS_2, "zs", SruVersion.SCAN_2, "scan", SruVersion.DIAG_2, "diag",
            SruVersion.FACETS_2, "facet");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    private final XMLStreamWriter xml;
    private final SruVersion version;
    private String ns;

    /** @param stylesheet emitted as an {@code xml-stylesheet} processing instruction; null for none */
    public SruWriter(SruVersion version, String stylesheet) throws XMLStreamException {
        this.version = version;
        this.xml = FACTORY.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        if (stylesheet != null) {
            xml.writeProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + stylesheet + "\"");
        }
    }

    public SruVersion version() {
        return version;
    }

    /** The root element {@code local} in {@code namespace}; children written with {@link #start(String)} share it. */
    public void root(String namespace, String local, String... extraNamespaces) throws XMLStreamException {
        this.ns = namespace;
        xml.writeStartElement(PREFIXES.get(namespace), local, namespace);
        xml.writeNamespace(PREFIXES.get(namespace), namespace);
        for (String extra : extraNamespaces) {
            xml.writeNamespace(PREFIXES.get(extra), extra);
        }
    }

    /** The {@code version} element 1.x requires right after the root; 2.0 has none. */
    public void versionElement() throws XMLStreamException {
        if (!version.v2()) {
            text("version", version.text());
        }
    }

    public void start(String local) throws XMLStreamException {
        start(ns, local);
    }

    public void start(String namespace, String local) throws XMLStreamException {
        xml.writeStartElement(PREFIXES.get(namespace), local, namespace);
    }

    public void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    /** A simple element in the root's namespace holding {@code value} as text. */
    public void text(String local, Object value) throws XMLStreamException {
        text(ns, local, value);
    }

    public void text(String namespace, String local, Object value) throws XMLStreamException {
        start(namespace, local);
        characters(String.valueOf(value));
        end();
    }

    public void characters(String text) throws XMLStreamException {
        xml.writeCharacters(XmlText.replaceIllegal(text));
    }

    /**
     * One {@code record}: schema, packing, the data as XML (a complete, well-formed element
     * written elsewhere, spliced in) or as an escaped string, and its position unless 0.
     */
    public void record(String schemaId, boolean escaped, String data, long position) throws XMLStreamException {
        start("record");
        text("recordSchema", schemaId);
        packing(escaped);
        start("recordData");
        if (escaped) {
            characters(data);
        } else {
            raw(data);
        }
        end();
        if (position > 0) {
            text("recordPosition", position);
        }
        end();
    }

    /** A surrogate diagnostic standing in a record's place. */
    public void surrogate(WireDiagnostic diagnostic, long position) throws XMLStreamException {
        start("record");
        text("recordSchema", SruDiagnostics.SCHEMA);
        packing(false);
        start("recordData");
        diagnostic(diagnostic, true);
        end();
        text("recordPosition", position);
        end();
    }

    private void packing(boolean escaped) throws XMLStreamException {
        text(version.packingParameter(), escaped ? "string" : "xml");
    }

    private void raw(String element) throws XMLStreamException {
        xml.writeCharacters("");   // closes a start tag still open
        xml.flush();
        try {
            out.write(element);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostics list, or nothing when there are none. */
    public void diagnostics(List<? extends WireDiagnostic> diagnostics) throws XMLStreamException {
        if (diagnostics.isEmpty()) {
            return;
        }
        start("diagnostics");
        for (WireDiagnostic d : diagnostics) {
            diagnostic(d, false);
        }
        end();
    }

    /** One diagnostic element; standalone ones (surrogates inside recordData) declare their namespace. */
    private void diagnostic(WireDiagnostic d, boolean declare) throws XMLStreamException {
        String diag = version.diagnosticNamespace();
        start(diag, "diagnostic");
        if (declare) {
            xml.writeNamespace(PREFIXES.get(diag), diag);
        }
        text(diag, "uri", d.uri());
        if (d.details() != null) {
            text(diag, "details", d.details());
        }
        if (d.message() != null) {
            text(diag, "message", d.message());
        }
        end();
    }

    /** Ends the document and returns it, UTF-8. */
    public byte[] finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
