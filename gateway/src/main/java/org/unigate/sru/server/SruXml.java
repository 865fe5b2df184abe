package org.unigate.sru.server;

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

/**
 * One SRU response document being written: StAX into memory, with the version's prefixes, text
 * made safe for XML 1.0, and a way to splice in an already-written record element.
 */
final class SruXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private static final Map<String, String> PREFIXES = Map.of(
            SruVersion.NS_1X, "zs", SruVersion.DIAG_1X, "diag",
            SruVersion.NS_2, "zs", SruVersion.SCAN_2, "scan", SruVersion.DIAG_2, "diag",
            SruVersion.FACETS_2, "facet");
    static final String DIAGNOSTIC_SCHEMA = "info:srw/schema/1/diagnostics-v1.1";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    private final XMLStreamWriter xml;
    private final SruVersion version;
    private String ns;

    SruXml(SruVersion version, String stylesheet) throws XMLStreamException {
        this.version = version;
        this.xml = FACTORY.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        if (stylesheet != null) {
            xml.writeProcessingInstruction("xml-stylesheet", "type=\"text/xsl\" href=\"" + stylesheet + "\"");
        }
    }

    SruVersion version() {
        return version;
    }

    /** The root element in {@code namespace}; children written with {@link #start} share it. */
    void root(String namespace, String local, String... extraNamespaces) throws XMLStreamException {
        this.ns = namespace;
        xml.writeStartElement(PREFIXES.get(namespace), local, namespace);
        xml.writeNamespace(PREFIXES.get(namespace), namespace);
        for (String extra : extraNamespaces) {
            xml.writeNamespace(PREFIXES.get(extra), extra);
        }
    }

    void start(String local) throws XMLStreamException {
        start(ns, local);
    }

    void start(String namespace, String local) throws XMLStreamException {
        xml.writeStartElement(PREFIXES.get(namespace), local, namespace);
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    void text(String local, Object value) throws XMLStreamException {
        text(ns, local, value);
    }

    void text(String namespace, String local, Object value) throws XMLStreamException {
        start(namespace, local);
        characters(String.valueOf(value));
        end();
    }

    void characters(String text) throws XMLStreamException {
        xml.writeCharacters(clean(text));
    }

    /** Splices in a complete, well-formed element written elsewhere (a record). */
    void raw(String element) throws XMLStreamException {
        xml.writeCharacters("");   // closes a start tag still open
        xml.flush();
        try {
            out.write(element);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void versionElement() throws XMLStreamException {
        if (!version.v2()) {
            text("version", version.text());
        }
    }

    /** The diagnostics list, or nothing when there are none. */
    void diagnostics(List<SruDiagnostic> diagnostics) throws XMLStreamException {
        if (diagnostics.isEmpty()) {
            return;
        }
        start("diagnostics");
        for (SruDiagnostic d : diagnostics) {
            diagnostic(d, false);
        }
        end();
    }

    /** One diagnostic element; standalone ones (surrogates inside recordData) declare their namespace. */
    void diagnostic(SruDiagnostic d, boolean declare) throws XMLStreamException {
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

    byte[] finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Text without the characters XML 1.0 forbids (controls, lone surrogates), each made U+FFFD. */
    static String clean(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (!ok && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                if (ok) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('\uFFFD');
                }
            }
            i += width;
        }
        return b == null ? text : b.toString();
    }
}
