package org.unigate.marc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Encodes one field's body (with its terminator), splitting what exceeds 9,999 bytes. */
final class Iso2709FieldEncoder {

    private Iso2709FieldEncoder() {
    }

    static List<byte[]> encode(Field field, Problems problems) {
        if (field instanceof ControlField c) {
            return List.of(control(c, problems));
        }
        return data((DataField) field, problems);
    }

    private static byte[] control(ControlField field, Problems problems) {
        byte[] value = field.value().getBytes(StandardCharsets.UTF_8);
        int max = Iso2709Writer.MAX_FIELD - 1;
        if (value.length > max) {
            problems.add(RecordProblem.Kind.LENGTH, field.tag(), "control field over " + Iso2709Writer.MAX_FIELD
                    + " bytes cut short");
            value = java.util.Arrays.copyOf(value, characterBoundary(value, max));
        }
        byte[] body = java.util.Arrays.copyOf(value, value.length + 1);
        body[value.length] = DirectoryParser.FIELD_TERMINATOR;
        return body;
    }

    private static List<byte[]> data(DataField field, Problems problems) {
        List<byte[]> bodies = new ArrayList<>(1);
        ByteArrayOutputStream current = start(field);
        boolean split = false;
        for (Subfield subfield : field.subfields()) {
            for (byte[] piece : pieces(subfield, field.tag(), problems)) {
                if (current.size() + piece.length + 1 > Iso2709Writer.MAX_FIELD && current.size() > 2) {
                    bodies.add(finish(current));
                    current = start(field);
                    split = true;
                }
                current.writeBytes(piece);
            }
        }
        bodies.add(finish(current));
        if (split) {
            problems.add(RecordProblem.Kind.LENGTH, field.tag(), "field over " + Iso2709Writer.MAX_FIELD
                    + " bytes split into " + bodies.size() + " fields");
        }
        return bodies;
    }

    /** A subfield as delimiter + code + value, cut into pieces that each fit a field. */
    private static List<byte[]> pieces(Subfield subfield, String tag, Problems problems) {
        byte[] code = String.valueOf(subfield.code()).getBytes(StandardCharsets.UTF_8);
        byte[] value = subfield.value().getBytes(StandardCharsets.UTF_8);
        int room = Iso2709Writer.MAX_FIELD - 3 - 1 - code.length; // indicators, delimiter, terminator
        List<byte[]> out = new ArrayList<>(1);
        int from = 0;
        do {
            int to = value.length - from > room ? from + characterBoundary(value, from, from + room) - from : value.length;
            ByteArrayOutputStream piece = new ByteArrayOutputStream(1 + code.length + to - from);
            piece.write(FieldParser.SUBFIELD_DELIMITER);
            piece.writeBytes(code);
            piece.write(value, from, to - from);
            out.add(piece.toByteArray());
            from = to;
        } while (from < value.length);
        if (out.size() > 1) {
            problems.add(RecordProblem.Kind.LENGTH, tag + " $" + subfield.code(),
                    "subfield over " + room + " bytes cut into " + out.size() + " pieces");
        }
        return out;
    }

    private static ByteArrayOutputStream start(DataField field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.write(indicatorByte(field.ind1()));
        out.write(indicatorByte(field.ind2()));
        return out;
    }

    private static int indicatorByte(char c) {
        return c >= 0x20 && c < 0x7F ? c : ' ';
    }

    private static byte[] finish(ByteArrayOutputStream out) {
        out.write(DirectoryParser.FIELD_TERMINATOR);
        return out.toByteArray();
    }

    private static int characterBoundary(byte[] utf8, int max) {
        return characterBoundary(utf8, 0, max);
    }

    /** The largest end at most {@code max} that does not split a UTF-8 sequence. */
    private static int characterBoundary(byte[] utf8, int from, int max) {
        int end = max;
        while (end > from && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return end;
    }
}
