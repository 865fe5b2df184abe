package org.unigate.marc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds where each field of an ISO 2709 record lies. The directory is trusted only as far as
 * the data agrees with it: a field must end in a field terminator where its length says; if
 * not, the field runs to its first terminator (or the next field's start), and a start that
 * is not a number or points outside the record falls back to "right after the previous field".
 */
final class DirectoryParser {

    static final byte FIELD_TERMINATOR = 0x1E;
    static final byte RECORD_TERMINATOR = 0x1D;
    private static final int ENTRY = 12;

    /** One field's bytes: {@code [start, end)} without its terminator. */
    record Slice(String tag, int start, int end) {
    }

    private DirectoryParser() {
    }

    /** The byte just past the directory's terminator, i.e. where the data begins. */
    static int baseAddress(byte[] rec, String leader, Problems problems) {
        int declared = Numbers.parse(leader, 12, 17);
        int dirEnd = indexOf(rec, FIELD_TERMINATOR, Leader.LENGTH, rec.length);
        if (declared > Leader.LENGTH && declared <= rec.length && rec[declared - 1] == FIELD_TERMINATOR
                && (declared - 1 - Leader.LENGTH) % ENTRY == 0) {
            return declared;
        }
        int actual = dirEnd < 0 ? rec.length : dirEnd + 1;
        if (declared != actual) {
            problems.add(RecordProblem.Kind.DIRECTORY, "leader/12-16",
                    "base address " + (declared < 0 ? "'" + leader.substring(12, 17) + "'" : declared)
                            + " does not match the end of the directory at " + actual);
        }
        return actual;
    }

    static List<Slice> slices(byte[] rec, int base, Problems problems) {
        int dirLength = base - 1 - Leader.LENGTH;
        if (dirLength % ENTRY != 0) {
            problems.add(RecordProblem.Kind.DIRECTORY, "directory",
                    "directory is " + dirLength + " bytes, not a multiple of " + ENTRY);
        }
        int count = Math.max(0, dirLength / ENTRY);
        int[] starts = new int[count];
        int[] lengths = new int[count];
        String[] tags = new String[count];
        for (int i = 0; i < count; i++) {
            int at = Leader.LENGTH + i * ENTRY;
            tags[i] = new String(rec, at, 3, java.nio.charset.StandardCharsets.ISO_8859_1);
            lengths[i] = Numbers.parse(rec, at + 3, at + 7);
            int offset = Numbers.parse(rec, at + 7, at + 12);
            starts[i] = offset < 0 ? -1 : base + offset;
        }
        int dataEnd = dataEnd(rec);
        int disagreeing = 0;
        for (int i = 0; i < count; i++) {
            if (!consistent(rec, starts[i], lengths[i], dataEnd)) {
                disagreeing++;
            }
        }
        if (disagreeing > 0 && countTerminators(rec, base, dataEnd) == count) {
            // Lengths counted in characters instead of bytes, edited fields, ...: when there is
            // exactly one terminated field per entry, the terminators are the better guide.
            problems.add(RecordProblem.Kind.DIRECTORY, "directory", "lengths or starts of " + disagreeing + " of "
                    + count + " entries disagree with the data; fields read in order between field terminators");
            return sequential(rec, base, dataEnd, tags);
        }
        int[] sortedStarts = Arrays.stream(starts).filter(s -> s >= 0).sorted().toArray();
        List<Slice> slices = new ArrayList<>(count);
        int previousEnd = base - 1;
        for (int i = 0; i < count; i++) {
            Slice slice = locate(rec, tags[i], starts[i], lengths[i], previousEnd, sortedStarts, i, problems);
            if (slice != null) {
                slices.add(slice);
                previousEnd = slice.end;
            }
        }
        return slices;
    }

    private static boolean consistent(byte[] rec, int start, int length, int dataEnd) {
        return start >= 0 && length > 0 && start + length <= dataEnd && rec[start + length - 1] == FIELD_TERMINATOR;
    }

    private static List<Slice> sequential(byte[] rec, int base, int dataEnd, String[] tags) {
        List<Slice> slices = new ArrayList<>(tags.length);
        int start = base;
        for (String tag : tags) {
            int end = indexOf(rec, FIELD_TERMINATOR, start, dataEnd);
            slices.add(new Slice(tag, start, end));
            start = end + 1;
        }
        return slices;
    }

    private static int countTerminators(byte[] rec, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (rec[i] == FIELD_TERMINATOR) {
                n++;
            }
        }
        return n;
    }

    private static int dataEnd(byte[] rec) {
        return rec.length > 0 && rec[rec.length - 1] == RECORD_TERMINATOR ? rec.length - 1 : rec.length;
    }

    private static Slice locate(byte[] rec, String tag, int start, int length, int previousEnd,
            int[] sortedStarts, int entry, Problems problems) {
        if (consistent(rec, start, length, dataEnd(rec))) {
            return new Slice(tag, start, start + length - 1);
        }
        String where = "directory entry " + (entry + 1) + " (" + Problems.snippet(tag) + ")";
        int dataEnd = dataEnd(rec);
        if (start < 0 || start >= dataEnd) {
            int fallback = previousEnd + 1;
            if (fallback >= dataEnd) {
                problems.add(RecordProblem.Kind.DIRECTORY, where,
                        "field starts beyond the end of the record; field lost");
                return null;
            }
            problems.add(RecordProblem.Kind.DIRECTORY, where,
                    "start position is " + (start < 0 ? "not a number" : "beyond the record")
                            + "; read from the end of the previous field");
            start = fallback;
        }
        if (length > 0 && start + length <= dataEnd && rec[start + length - 1] == FIELD_TERMINATOR) {
            return new Slice(tag, start, start + length - 1);
        }
        int terminator = indexOf(rec, FIELD_TERMINATOR, start, dataEnd);
        int next = nextStart(sortedStarts, start);
        int end = terminator < 0 ? dataEnd : terminator;
        if (next > start && next - 1 < end) {
            end = next - 1;
            problems.add(RecordProblem.Kind.FIELD, where, "field has no terminator before the next field");
        } else if (terminator < 0) {
            problems.add(RecordProblem.Kind.FIELD, where, "field runs to the end of the record without a terminator");
        }
        if (length != end + 1 - start) {
            problems.add(RecordProblem.Kind.LENGTH, where, "directory says " + (length < 0 ? "a non-numeric length"
                    : length + " bytes") + " but the field holds " + (end + 1 - start) + " bytes with its terminator");
        }
        return new Slice(tag, start, end);
    }

    private static int nextStart(int[] sortedStarts, int start) {
        for (int s : sortedStarts) {
            if (s > start) {
                return s;
            }
        }
        return -1;
    }

    static int indexOf(byte[] b, byte value, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
