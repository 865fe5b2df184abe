package org.unigate.sru.server;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.unigate.diag.Condition;
import org.unigate.records.RecordFormat;
import org.unigate.sru.SruWriter;
import org.unigate.union.UnionRecord;

/**
 * The {@code records} section: each union record in the schema and packing asked for, or a
 * surrogate diagnostic in its place when it cannot be written in that schema.
 */
final class RecordWriter {

    private RecordWriter() {
    }

    static void records(SruWriter x, RecordFormat schema, boolean escaped, List<UnionRecord> records, long first)
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
                x.surrogate(SruDiagnostic.of(Condition.RECORD_NOT_AVAILABLE_IN_SCHEMA, schema.name(),
                        "Record not available in this schema: " + r.unionId()), position++);
                continue;
            }
            x.record(schema.identifier(), escaped, text, position++);
        }
        x.end();
    }
}
