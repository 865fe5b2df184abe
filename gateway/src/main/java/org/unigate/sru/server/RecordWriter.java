package org.unigate.sru.server;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.unigate.diag.Condition;
import org.unigate.union.UnionRecord;
import org.unigate.records.RecordFormat;

/**
 * The {@code records} section: each union record in the schema and packing asked for, or a
 * surrogate diagnostic in its place when it cannot be written in that schema.
 */
final class RecordWriter {

    private RecordWriter() {
    }

    static void records(SruXml x, RecordFormat schema, boolean escaped, List<UnionRecord> records, long first)
            throws XMLStreamException {
        if (records.isEmpty()) {
            return;   // 1.x requires at least one record inside <records>
        }
        x.start("records");
        long position = first;
        for (UnionRecord r : records) {
            String text;
            try {
                text = schema.text(r);
            } catch (RuntimeException e) {
                surrogate(x, SruDiagnostic.of(Condition.RECORD_NOT_AVAILABLE_IN_SCHEMA, schema.name(),
                        "Record not available in this schema: " + r.unionId()), position++);
                continue;
            }
            envelope(x, schema.identifier(), escaped, text, position++);
        }
        x.end();
    }

    /** One {@code record}: schema, packing, the data as XML or as an escaped string, position. */
    static void envelope(SruXml x, String schemaId, boolean escaped, String data, long position) throws XMLStreamException {
        x.start("record");
        x.text("recordSchema", schemaId);
        packing(x, escaped);
        x.start("recordData");
        if (escaped) {
            x.characters(data);
        } else {
            x.raw(data);
        }
        x.end();
        if (position > 0) {
            x.text("recordPosition", position);
        }
        x.end();
    }

    private static void surrogate(SruXml x, SruDiagnostic diagnostic, long position) throws XMLStreamException {
        x.start("record");
        x.text("recordSchema", SruXml.DIAGNOSTIC_SCHEMA);
        packing(x, false);
        x.start("recordData");
        x.diagnostic(diagnostic, true);
        x.end();
        x.text("recordPosition", position);
        x.end();
    }

    private static void packing(SruXml x, boolean escaped) throws XMLStreamException {
        x.text(x.version().v2() ? "recordXMLEscaping" : "recordPacking", escaped ? "string" : "xml");
    }
}
