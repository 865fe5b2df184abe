package org.unigate.testbed.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.marc4j.MarcStreamWriter;
import org.marc4j.converter.impl.UnicodeToAnsel;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * Writes records as ISO 2709 with marc4j, in UTF-8 or in MARC-8 (marc4j's Unicode to ANSEL/EACC
 * converter), the way members' exported files come. Not thread-safe: one per output.
 */
public final class MarcOutput {

    private static final int MAX_CACHED = 20_000;

    private final boolean marc8;
    private final MarcFactory factory = MarcFactory.newInstance();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private final MarcStreamWriter writer;
    private final UnicodeToAnsel ansel;
    /** marc4j's built-in reverse table is slow per character; names, places and publishers recur. */
    private final Map<String, String> converted = new HashMap<>();

    public MarcOutput(boolean marc8) {
        this.marc8 = marc8;
        // MARC-8 text is converted here, one char per byte, so Latin-1 writes it out unchanged.
        this.writer = new MarcStreamWriter(buffer, marc8 ? "ISO8859_1" : "UTF-8");
        this.ansel = marc8 ? new UnicodeToAnsel() : null;
    }

    /** One record's ISO 2709 bytes, leader lengths and directory computed for this encoding. */
    public byte[] encode(MarcRecord record) {
        buffer.reset();
        writer.write(toMarc4j(record));
        return buffer.toByteArray();
    }

    /** Writes every record to {@code out}; the caller closes {@code out}. */
    public void writeAll(Iterator<MarcRecord> records, OutputStream out) throws IOException {
        while (records.hasNext()) {
            out.write(encode(records.next()));
        }
    }

    private Record toMarc4j(MarcRecord record) {
        StringBuilder leader = new StringBuilder(record.leader());
        leader.setCharAt(9, marc8 ? ' ' : 'a');
        Record out = factory.newRecord(leader.toString());
        boolean addCharacterSets = marc8 && usesCjk(record);
        for (Field f : record.fields()) {
            if (addCharacterSets && f.tag().compareTo("066") > 0) {
                // MARC-8 records say which extra character sets they switch to: $1 is CJK (EACC).
                out.addVariableField(factory.newDataField("066", ' ', ' ', "c", "$1"));
                addCharacterSets = false;
            }
            if (f instanceof ControlField c) {
                out.addVariableField(factory.newControlField(c.tag(), text(c.value())));
            } else {
                DataField d = (DataField) f;
                org.marc4j.marc.DataField df = factory.newDataField(d.tag(), d.ind1(), d.ind2());
                for (Subfield s : d.subfields()) {
                    df.addSubfield(factory.newSubfield(s.code(), text(s.value())));
                }
                out.addVariableField(df);
            }
        }
        return out;
    }

    /** The value as written: unchanged in UTF-8 and for ASCII, which MARC-8 shares. */
    private String text(String value) {
        if (!marc8 || value.chars().allMatch(ch -> ch < 0x80)) {
            return value;
        }
        if (converted.size() > MAX_CACHED) {
            converted.clear();
        }
        return converted.computeIfAbsent(value, ansel::convert);
    }

    private static boolean usesCjk(MarcRecord record) {
        return record.dataFields().anyMatch(f -> f.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)
                && f.linkage().map(l -> RecordBuilder.CJK_SCRIPT.equals(l.scriptCode())).orElse(false));
    }
}
