package org.unigate.marc;

import java.io.IOException;
import java.io.Writer;

/**
 * The line format of yaz-marcdump, for people and logs: the leader, then one line per field,
 * {@code 001 value} for control fields and {@code 245 10 $a Title / $c Author.} for data
 * fields; a blank line ends each record.
 */
public final class MarcTextWriter {

    private MarcTextWriter() {
    }

    public static String toText(MarcRecord record) {
        StringBuilder out = new StringBuilder(512);
        append(record, out);
        return out.toString();
    }

    public static void write(MarcRecord record, Writer out) throws IOException {
        out.write(toText(record));
    }

    static void append(MarcRecord record, StringBuilder out) {
        out.append(record.leader()).append('\n');
        for (Field field : record.fields()) {
            out.append(field.tag());
            if (field instanceof ControlField c) {
                out.append(' ').append(c.value());
            } else {
                DataField d = (DataField) field;
                out.append(' ').append(d.ind1()).append(d.ind2());
                for (Subfield s : d.subfields()) {
                    out.append(" $").append(s.code()).append(' ').append(s.value());
                }
            }
            out.append('\n');
        }
        out.append('\n');
    }
}
