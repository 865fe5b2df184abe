package org.unigate.embedded;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.RecordProblem;
import org.unigate.marc.Subfield;

/**
 * How a record is kept in the index so it comes back exactly as loaded: a compact binary
 * form of the {@link MarcRecord} model itself, problems included. ISO 2709 would lose the
 * problems, cannot hold records over 99,999 bytes, and reading it back would run the lenient
 * reader's repairs a second time; the interchange formats are produced from the model later.
 */
final class StoredRecords {

    private static final int VERSION = 1;
    private static final byte CONTROL = 0;
    private static final byte DATA = 1;

    private StoredRecords() {
    }

    static byte[] encode(MarcRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            writeString(out, record.leader());
            out.writeInt(record.fields().size());
            for (Field field : record.fields()) {
                writeField(out, field);
            }
            out.writeInt(record.problems().size());
            for (RecordProblem problem : record.problems()) {
                out.writeByte(problem.kind().ordinal());
                out.writeBoolean(problem.where() != null);
                if (problem.where() != null) {
                    writeString(out, problem.where());
                }
                writeString(out, problem.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static MarcRecord decode(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalStateException("stored record format " + version + " is not " + VERSION);
            }
            String leader = readString(in);
            int fieldCount = in.readInt();
            List<Field> fields = new ArrayList<>(fieldCount);
            for (int i = 0; i < fieldCount; i++) {
                fields.add(readField(in));
            }
            int problemCount = in.readInt();
            List<RecordProblem> problems = new ArrayList<>(problemCount);
            RecordProblem.Kind[] kinds = RecordProblem.Kind.values();
            for (int i = 0; i < problemCount; i++) {
                RecordProblem.Kind kind = kinds[in.readUnsignedByte()];
                String where = in.readBoolean() ? readString(in) : null;
                problems.add(new RecordProblem(kind, where, readString(in)));
            }
            return new MarcRecord(leader, fields, problems);
        } catch (IOException e) {
            throw new IllegalStateException("stored record is damaged", e);
        }
    }

    private static void writeField(DataOutputStream out, Field field) throws IOException {
        if (field instanceof ControlField c) {
            out.writeByte(CONTROL);
            writeString(out, c.tag());
            writeString(out, c.value());
            return;
        }
        DataField d = (DataField) field;
        out.writeByte(DATA);
        writeString(out, d.tag());
        out.writeChar(d.ind1());
        out.writeChar(d.ind2());
        out.writeInt(d.subfields().size());
        for (Subfield s : d.subfields()) {
            out.writeChar(s.code());
            writeString(out, s.value());
        }
    }

    private static Field readField(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        String tag = readString(in);
        if (kind == CONTROL) {
            return new ControlField(tag, readString(in));
        }
        char ind1 = in.readChar();
        char ind2 = in.readChar();
        int count = in.readInt();
        List<Subfield> subfields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            char code = in.readChar();
            subfields.add(new Subfield(code, readString(in)));
        }
        return new DataField(tag, ind1, ind2, subfields);
    }

    // DataOutput.writeUTF stops at 64 KiB and uses modified UTF-8; plain length-prefixed UTF-8 does not.
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
