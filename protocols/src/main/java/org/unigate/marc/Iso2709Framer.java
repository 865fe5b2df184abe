package org.unigate.marc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts an ISO 2709 byte stream into records without trusting it. A record normally ends where
 * its leader's length says, on a record terminator; when it does not, it ends at the next
 * terminator, or earlier where a new leader begins (a truncated record). Bytes between records
 * that cannot be a record are skipped and reported on the next record. Memory is bounded by a
 * window of twice the largest legal record: a record claiming more is cut.
 */
final class Iso2709Framer {

    /** ISO 2709 lengths have five digits. */
    static final int MAX_RECORD = 99_999;
    private static final int WINDOW = 2 * MAX_RECORD + Leader.LENGTH;

    /** One record's bytes, where they began in the stream, and what framing had to fix. */
    record Frame(byte[] bytes, long offset, List<RecordProblem> problems) {
    }

    private final InputStream in;
    private final byte[] buf = new byte[WINDOW];
    private int pos;
    private int limit;
    private long consumed;
    private boolean eof;
    private final List<RecordProblem> pending = new ArrayList<>();

    Iso2709Framer(InputStream in) {
        this.in = in;
    }

    /** The next record, or null at the end of the stream. */
    Frame next() throws IOException {
        while (true) {
            fill();
            skipFiller();
            if (pos == limit) {
                return trailingGarbage();
            }
            int length = Numbers.parse(buf, pos, pos + 5);
            if (length >= Leader.LENGTH + 2 && pos + length <= limit && buf[pos + length - 1] == DirectoryParser.RECORD_TERMINATOR) {
                return take(length);
            }
            int terminator = DirectoryParser.indexOf(buf, DirectoryParser.RECORD_TERMINATOR, pos, Math.min(limit, pos + MAX_RECORD));
            boolean recordStart = length >= 0 || looksLikeLeader(pos);
            // Past our own leader when this is a record; from the next byte when it is junk.
            int leaderAhead = nextLeader(pos + (recordStart ? Leader.LENGTH : 1), terminator < 0 ? limit : terminator);
            if (recordStart) {
                return frameDamaged(length, terminator, leaderAhead);
            }
            if (terminator >= 0 && leaderAhead < 0 && terminator + 1 - pos > Leader.LENGTH) {
                return take(terminator + 1 - pos); // a record whose leader is damaged
            }
            skipGarbage(leaderAhead >= 0 ? leaderAhead : terminator >= 0 ? terminator + 1 : limit);
        }
    }

    private Frame frameDamaged(int length, int terminator, int leaderAhead) {
        if (leaderAhead >= 0) {
            pending.add(problem(RecordProblem.Kind.STRUCTURE,
                    "record is cut short: a new record starts before its terminator"));
            return take(leaderAhead - pos);
        }
        if (terminator >= 0) {
            return take(terminator + 1 - pos);
        }
        int available = limit - pos;
        if (available > MAX_RECORD) {
            pending.add(problem(RecordProblem.Kind.LENGTH, "no record terminator within " + MAX_RECORD
                    + " bytes; record cut at " + (length > 0 ? length : MAX_RECORD)));
            return take(length > Leader.LENGTH ? length : MAX_RECORD);
        }
        return take(available); // the stream ends inside this record
    }

    /**
     * A leader: a length; status, type and level that are letters (which tells it from the
     * digits of a directory); control type and coding scheme blank or {@code a} (which tells it
     * from a directory with local tags such as LOK); digit counts at 10-11; a base address.
     */
    private boolean looksLikeLeader(int at) {
        return at + Leader.LENGTH <= limit
                && Numbers.parse(buf, at, at + 5) >= Leader.LENGTH
                && (isLetter(buf[at + 5]) || buf[at + 5] == ' ') && isLetter(buf[at + 6])
                && (isLetter(buf[at + 7]) || buf[at + 7] == ' ')
                && (buf[at + 8] == ' ' || buf[at + 8] == 'a') && (buf[at + 9] == ' ' || buf[at + 9] == 'a')
                && Numbers.parse(buf, at + 10, at + 12) >= 0
                && Numbers.parse(buf, at + 12, at + 17) >= Leader.LENGTH;
    }

    private static boolean isLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private int nextLeader(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] >= '0' && buf[i] <= '9' && looksLikeLeader(i)) {
                return i;
            }
        }
        return -1;
    }

    private Frame take(int n) {
        Frame frame = new Frame(Arrays.copyOfRange(buf, pos, pos + n), consumed + pos, List.copyOf(pending));
        pending.clear();
        pos += n;
        return frame;
    }

    /** Line breaks, NULs and DOS EOF marks between records are common and harmless. */
    private void skipFiller() {
        while (pos < limit) {
            byte b = buf[pos];
            if (b == '\n' || b == '\r' || b == 0 || b == 0x1A || b == ' ' || b == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    private void skipGarbage(int to) {
        pending.add(problem(RecordProblem.Kind.STRUCTURE, (to - pos) + " bytes that are not a record skipped before this record"));
        pos = to;
    }

    private Frame trailingGarbage() {
        if (pending.isEmpty()) {
            return null;
        }
        // Bytes at the end that held no record: handed on as an empty record, never dropped silently.
        Frame frame = new Frame(new byte[0], consumed + pos, List.copyOf(pending));
        pending.clear();
        return frame;
    }

    private RecordProblem problem(RecordProblem.Kind kind, String message) {
        return new RecordProblem(kind, "byte " + (consumed + pos), message);
    }

    /** Keeps at least a full window ahead of {@code pos}, compacting as it goes. */
    private void fill() throws IOException {
        if (eof || limit - pos >= WINDOW / 2 + Leader.LENGTH) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            consumed += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return;
            }
            limit += n;
        }
    }
}
