package org.unigate.records;

import java.util.Objects;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcXmlWriter;

/**
 * The union record itself: who holds the work and where, then its chosen description as
 * MARCXML. Our own schema ({@code unigate.xsd}, served at {@value #SCHEMA_PATH}):
 *
 * <pre>{@code
 * <union:record id="u3f2a...">
 *   <union:heldBy>
 *     <union:member id="hku" localId="b1234" name="University of Hong Kong">
 *       <union:holding tag="852">
 *         <union:institution>HKU</union:institution><union:collection>Main Library</union:collection>
 *         <union:callNumber>PL2658.E8 A5 1985</union:callNumber><union:note>Closed stacks</union:note>
 *       </union:holding>
 *     </union:member>
 *   </union:heldBy>
 *   <marc:record>...</marc:record>
 * </union:record>
 * }</pre>
 *
 * <p>Holdings are flattened to the parts a discovery layer shows (see {@link HoldingWriter})
 * rather than repeated as MARC, which such a layer would have to decode again; the MARC tag
 * they came from stays as an attribute.
 */
record UnigateFormat(Function<String, String> memberNames) implements RecordFormat {

    public static final String NAMESPACE = "http://unigate.org/ns/union/1.0";
    public static final String SCHEMA_PATH = "/schemas/unigate.xsd";
    static final String PREFIX = "union";

    UnigateFormat {
        Objects.requireNonNull(memberNames, "memberNames");
    }

    @Override
    public String name() {
        return "unigate";
    }

    @Override
    public String identifier() {
        return "info:srw/schema/1/unigate-union-v1.0";
    }

    @Override
    public String namespace() {
        return NAMESPACE;
    }

    /** Relative: the gateway serves it itself, so it resolves against the gateway's own base URL. */
    @Override
    public String schemaLocation() {
        return SCHEMA_PATH;
    }

    @Override
    public void writeXml(UnionRecord record, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement(PREFIX, "record", NAMESPACE);
        xml.writeNamespace(PREFIX, NAMESPACE);
        xml.writeNamespace("marc", MarcXmlWriter.NAMESPACE);
        xml.setPrefix("marc", MarcXmlWriter.NAMESPACE);
        xml.writeAttribute("id", HoldingWriter.legal(record.unionId()));
        xml.writeStartElement(PREFIX, "heldBy", NAMESPACE);
        for (HeldBy held : record.heldBy()) {
            xml.writeStartElement(PREFIX, "member", NAMESPACE);
            xml.writeAttribute("id", HoldingWriter.legal(held.memberId()));
            xml.writeAttribute("localId", HoldingWriter.legal(held.localId()));
            String name = memberNames.apply(held.memberId());
            if (name != null && !name.isBlank()) {
                xml.writeAttribute("name", HoldingWriter.legal(name));
            }
            for (DataField field : held.holdings()) {
                HoldingWriter.write(field, xml);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        MarcXmlWriter.write(record.record(), xml);
        xml.writeEndElement();
    }
}
