package org.unigate.marc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes MARCXML (MARC21/slim) that validates against MARC21slim.xsd. Values the schema cannot
 * hold are mapped rather than written invalid: a leader position outside its pattern is
 * replaced (blank, or the fixed 22/4500 values), an indicator other than a digit, lowercase
 * letter or blank becomes blank, a subfield code outside the schema's set becomes {@code ?},
 * a field whose tag the schema rejects, or a data field without subfields, is left out, and characters XML cannot carry are dropped.
 * Control fields are written before data fields, as the schema's sequence requires.
 *
 * <p>Use {@link #write(MarcRecord, XMLStreamWriter)} to put records inside another document
 * (SRU, OAI-PMH), or an instance as a streaming {@code <collection>} writer.
 */
public final class MarcXmlWriter implements AutoCloseable {

    public static final String NAMESPACE = "http://www.loc.gov/MARC21/slim";
    static final String SCHEMA_LOCATION = NAMESPACE + " http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd";

    private final XMLStreamWriter xml;

    /** Starts a {@code <collection>} on {@code out} (UTF-8); {@link #close()} ends it but leaves {@code out} open. */
    public MarcXmlWriter(OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement("", "collection", NAMESPACE);
            xml.writeDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Adds one record to the collection. */
    public void add(MarcRecord record) {
        try {
            write(record, xml);
            xml.flush();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** One record as a standalone MARCXML document ({@code <record xmlns=...>}). */
    public static String toXml(MarcRecord record) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            write(record, xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /**
     * Writes {@code <record>} in the MARC21/slim namespace at the writer's position, declaring
     * it as the default namespace on the element unless the writer already has it bound.
     */
    public static void write(MarcRecord record, XMLStreamWriter xml) throws XMLStreamException {
        String prefix = xml.getPrefix(NAMESPACE);
        boolean bound = prefix != null;
        if (!bound) {
            prefix = ""; // declared on the element only, so the caller's scope is untouched
        }
        xml.writeStartElement(prefix, "record", NAMESPACE);
        if (!bound) {
            xml.writeDefaultNamespace(NAMESPACE);
        }
        element(xml, prefix, "leader", MarcXmlSchema.leader(record.leader()));
        // The schema wants every control field before the first data field; some systems interleave.
        for (Field field : record.fields()) {
            if (field instanceof ControlField c) {
                controlField(xml, prefix, c);
            }
        }
        for (Field field : record.fields()) {
            if (field instanceof DataField d) {
                dataField(xml, prefix, d);
            }
        }
        xml.writeEndElement();
    }

    private static void controlField(XMLStreamWriter xml, String prefix, ControlField field) throws XMLStreamException {
        if (!MarcXmlSchema.isControlTag(field.tag())) {
            return;
        }
        xml.writeStartElement(prefix, "controlfield", NAMESPACE);
        xml.writeAttribute("tag", field.tag());
        xml.writeCharacters(XmlText.legal(field.value()));
        xml.writeEndElement();
    }

    private static void dataField(XMLStreamWriter xml, String prefix, DataField field) throws XMLStreamException {
        if (!MarcXmlSchema.isDataTag(field.tag()) || field.subfields().isEmpty()) {
            return;
        }
        xml.writeStartElement(prefix, "datafield", NAMESPACE);
        xml.writeAttribute("tag", field.tag());
        xml.writeAttribute("ind1", String.valueOf(MarcXmlSchema.indicator(field.ind1())));
        xml.writeAttribute("ind2", String.valueOf(MarcXmlSchema.indicator(field.ind2())));
        for (Subfield subfield : field.subfields()) {
            xml.writeStartElement(prefix, "subfield", NAMESPACE);
            xml.writeAttribute("code", String.valueOf(MarcXmlSchema.code(subfield.code())));
            xml.writeCharacters(XmlText.legal(subfield.value()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String prefix, String name, String text) throws XMLStreamException {
        xml.writeStartElement(prefix, name, NAMESPACE);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static RuntimeException failure(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException("MARCXML writing failed", e);
    }
}
