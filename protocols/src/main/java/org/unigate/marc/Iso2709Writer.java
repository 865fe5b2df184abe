package org.unigate.marc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes MARC 21 records as ISO 2709 in UTF-8: leader/09 = {@code a}, lengths, base address
 * and directory computed, leader/10-11 = {@code 22} and 20-23 = {@code 4500}. Limits of the
 * format are met the way cataloguing systems do: a data field over 9,999 bytes is split at
 * subfield boundaries into repeated fields with the same tag (an oversized subfield is cut
 * at a character boundary), and a record over 99,999 bytes loses trailing fields until it fits.
 * What had to be changed is told in {@link Encoded#problems()}.
 */
public final class Iso2709Writer {

    static final int MAX_FIELD = 9_999;
    static final int MAX_RECORD = 99_999;

    /** The bytes of one record, and what had to be changed to make it fit ISO 2709. */
    public record Encoded(byte[] bytes, List<RecordProblem> problems) {
        public Encoded {
            problems = List.copyOf(problems);
        }
    }

    private Iso2709Writer() {
    }

    public static byte[] write(MarcRecord record) {
        return encode(record).bytes();
    }

    public static void write(MarcRecord record, OutputStream out) throws IOException {
        out.write(encode(record).bytes());
    }

    public static Encoded encode(MarcRecord record) {
        Problems problems = new Problems();
        List<String> tags = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (Field field : record.fields()) {
            for (byte[] body : Iso2709FieldEncoder.encode(field, problems)) {
                tags.add(field.tag());
                bodies.add(body);
            }
        }
        int fieldCount = bodies.size();
        while (fieldCount > 0 && recordLength(fieldCount, bodies) > MAX_RECORD) {
            fieldCount--;
        }
        if (fieldCount < bodies.size()) {
            problems.add(RecordProblem.Kind.LENGTH, "record", "record exceeds " + MAX_RECORD + " bytes; the last "
                    + (bodies.size() - fieldCount) + " fields were left out");
        }
        return new Encoded(assemble(record.leader(), tags, bodies, fieldCount), problems.toList());
    }

    private static int recordLength(int count, List<byte[]> bodies) {
        int length = Leader.LENGTH + 12 * count + 1 + 1;
        for (int i = 0; i < count; i++) {
            length += bodies.get(i).length;
        }
        return length;
    }

    private static byte[] assemble(String leader, List<String> tags, List<byte[]> bodies, int count) {
        int base = Leader.LENGTH + 12 * count + 1;
        int length = recordLength(count, bodies);
        byte[] out = new byte[length];
        byte[] label = leaderBytes(leader);
        Numbers.format(label, 0, 5, length);
        Numbers.format(label, 12, 5, base);
        System.arraycopy(label, 0, out, 0, Leader.LENGTH);
        int at = Leader.LENGTH;
        int offset = 0;
        for (int i = 0; i < count; i++) {
            byte[] tag = tagBytes(tags.get(i));
            System.arraycopy(tag, 0, out, at, 3);
            Numbers.format(out, at + 3, 4, bodies.get(i).length);
            Numbers.format(out, at + 7, 5, offset);
            System.arraycopy(bodies.get(i), 0, out, base + offset, bodies.get(i).length);
            offset += bodies.get(i).length;
            at += 12;
        }
        out[at] = DirectoryParser.FIELD_TERMINATOR;
        out[length - 1] = DirectoryParser.RECORD_TERMINATOR;
        return out;
    }

    /** The leader with the positions ISO 2709 and UTF-8 fix, anything non-ASCII blanked. */
    static byte[] leaderBytes(String leader) {
        byte[] label = new byte[Leader.LENGTH];
        for (int i = 0; i < Leader.LENGTH; i++) {
            char c = i < leader.length() ? leader.charAt(i) : ' ';
            label[i] = (byte) (c >= 0x20 && c < 0x7F ? c : ' ');
        }
        label[9] = 'a';
        label[10] = '2';
        label[11] = '2';
        System.arraycopy("4500".getBytes(StandardCharsets.US_ASCII), 0, label, 20, 4);
        return label;
    }

    private static byte[] tagBytes(String tag) {
        byte[] bytes = tag.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 3) {
            return bytes;
        }
        // A tag that is not three bytes would shift the directory; pad or cut it.
        byte[] fixed = {' ', ' ', ' '};
        System.arraycopy(bytes, 0, fixed, 0, Math.min(3, bytes.length));
        return fixed;
    }

}
