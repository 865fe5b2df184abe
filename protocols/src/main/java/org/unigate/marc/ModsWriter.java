package org.unigate.marc;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * MARC 21 to MODS 3.7, following the Library of Congress mapping (its MARC21slim2MODS3-7
 * stylesheet) for the fields a union catalogue's records carry: titles, names, resource type and
 * genre, origin, language, physical description, abstract, contents, notes, subjects,
 * classification, identifiers, links and record information.
 *
 * <p>Vernacular 880 fields are not lost in a note as LC's older mappings did: each becomes the
 * same MODS element as its romanised twin, both sharing an {@code altRepGroup} and each naming its
 * {@code script} (ISO 15924), which is how MODS pairs parallel representations. Top-level
 * elements follow LC's order; the schema allows any.
 */
public final class ModsWriter {

    public static final String NAMESPACE = "http://www.loc.gov/mods/v3";
    public static final String VERSION = "3.7";
    public static final String SCHEMA_LOCATION = "http://www.loc.gov/standards/mods/v3/mods-3-7.xsd";
    /** The SRU record schema identifier of MODS 3.7. */
    public static final String SRU_IDENTIFIER = "info:srw/schema/1/mods-v3.7";
    static final String PREFIX = "mods";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private ModsWriter() {
    }

    /** One record as a standalone {@code <mods:mods>} element, without XML declaration. */
    public static String toXml(MarcRecord record) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            write(record, xml);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("MODS writing failed", e);
        }
        return text.toString();
    }

    /** Writes {@code <mods:mods version="3.7">} at the writer's position, declaring its namespaces on it. */
    public static void write(MarcRecord record, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(PREFIX, "mods", NAMESPACE);
        xml.writeNamespace(PREFIX, NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", NAMESPACE + " " + SCHEMA_LOCATION);
        xml.writeAttribute("version", VERSION);
        ModsOut out = new ModsOut(xml);
        ModsTitles.write(record, out);
        ModsNames.write(record, out);
        ModsResourceType.write(record, out);
        ModsOrigin.write(record, out);
        ModsPhysical.write(record, out);
        ModsNotes.write(record, out);
        ModsSubjects.write(record, out);
        ModsTitles.series(record, out);
        ModsIdentifiers.write(record, out);
        xml.writeEndElement();
    }
}
