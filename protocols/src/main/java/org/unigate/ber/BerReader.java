package org.unigate.ber;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Reads one complete BER element from a buffer, element by element, the way ASN.1 SEQUENCEs
 * are decoded: peek at the next tag, read a value of the expected tag, enter and leave
 * constructed elements. The whole element is validated first (structure and {@link BerLimits}),
 * so later reads only check types. Every problem is a {@link BerException}.
 *
 * <p>Lenient where BER or real encoders allow: non-minimal integer and length encodings, and
 * constructed (segmented) string encodings, are accepted.
 */
public final class BerReader {

    private final ByteBuf buf;
    private final BerLimits limits;
    private final BerHeader header = new BerHeader();
    private final IndefiniteIndex indefinite;
    private int[] scopeEnds = new int[16];
    private int[] resumeAt = new int[16];
    private int depth;
    private int pos;
    private int end;

    private int peekedAt = -1;
    private int contentStart;
    private int contentEnd;
    private int elementEnd;

    /** Reads the element that fills {@code buf}'s readable bytes; does not move its indices. */
    public BerReader(ByteBuf buf, BerLimits limits) {
        this.buf = buf;
        this.limits = limits;
        this.indefinite = new IndefiniteIndex(buf.readerIndex());
        BerScanner scanner = new BerScanner(limits, indefinite);
        int length = scanner.scan(buf);
        if (length < 0) {
            throw BerException.malformed("truncated element: " + buf.readableBytes() + " bytes");
        }
        if (length != buf.readableBytes()) {
            throw BerException.malformed((buf.readableBytes() - length) + " bytes after the element");
        }
        indefinite.sort();
        this.pos = buf.readerIndex();
        this.end = buf.writerIndex();
    }

    public static BerReader of(byte[] element, BerLimits limits) {
        return new BerReader(Unpooled.wrappedBuffer(element), limits);
    }

    /** A reader for an element found inside this one (an EXTERNAL's contents), with the same limits. */
    public BerReader nested(byte[] element) {
        return of(element, limits);
    }

    /** A position to come back to with {@link #reset}, e.g. after giving up on a partial decode. */
    public record Mark(int pos, int end, int depth) {
    }

    public Mark mark() {
        return new Mark(pos, end, depth);
    }

    /** Returns to a mark taken in this reader at the same or a shallower depth than now. */
    public void reset(Mark mark) {
        if (mark.depth > depth) {
            throw new IllegalStateException("mark taken deeper than the current element");
        }
        pos = mark.pos;
        end = mark.end;
        depth = mark.depth;
        peekedAt = -1;
    }

    /** True while the current constructed element (or the top level) has elements left. */
    public boolean hasNext() {
        return pos < end;
    }

    /** True if there is a next element and it has this tag's class and number. */
    public boolean nextIs(BerTag tag) {
        return hasNext() && peek() && tag.matches(header.tagClass(), header.number);
    }

    public boolean nextIs(TagClass tagClass, int number) {
        return hasNext() && peek() && header.tagClass() == tagClass && header.number == number;
    }

    /** The next element's tag; fails if there is none. */
    public BerTag peekTag() {
        require(null);
        return BerTag.of(header.tagClass(), header.constructed, header.number);
    }

    /** Enters a constructed element of this tag; its elements are then read until {@link #leave}. */
    public void enter(BerTag tag) {
        require(tag);
        if (!header.constructed) {
            throw unexpected(tag, "primitive where constructed was expected");
        }
        if (depth == scopeEnds.length) {
            scopeEnds = Arrays.copyOf(scopeEnds, depth * 2);
            resumeAt = Arrays.copyOf(resumeAt, depth * 2);
        }
        scopeEnds[depth] = end;
        resumeAt[depth] = elementEnd;
        depth++;
        end = contentEnd;
        pos = contentStart;
        peekedAt = -1;
    }

    /** Leaves the current constructed element; anything not read in it is an error. */
    public void leave() {
        if (pos < end) {
            peek();
            throw new BerException(BerException.Problem.UNEXPECTED_ELEMENT, "unexpected element " + header.describe());
        }
        depth--;
        pos = resumeAt[depth];
        end = scopeEnds[depth];
        peekedAt = -1;
    }

    public long readInteger(BerTag tag) {
        primitive(tag);
        int length = contentEnd - contentStart;
        if (length == 0) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "empty INTEGER " + tag);
        }
        int first = contentStart;
        while (length > 8 && (buf.getByte(first) == 0 || buf.getByte(first) == -1) && sameSign(first)) {
            first++;
            length--;
        }
        if (length > 8) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "INTEGER beyond 64 bits in " + tag);
        }
        long value = buf.getByte(first);
        for (int i = first + 1; i < contentEnd; i++) {
            value = (value << 8) | buf.getUnsignedByte(i);
        }
        consume();
        return value;
    }

    /** An INTEGER that must fit an int (counts, positions, codes). */
    public int readInt(BerTag tag) {
        long value = readInteger(tag);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "INTEGER " + value + " out of range in " + tag);
        }
        return (int) value;
    }

    public boolean readBoolean(BerTag tag) {
        primitive(tag);
        if (contentEnd - contentStart != 1) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "BOOLEAN of " + (contentEnd - contentStart) + " octets in " + tag);
        }
        boolean value = buf.getByte(contentStart) != 0;
        consume();
        return value;
    }

    public void readNull(BerTag tag) {
        primitive(tag);
        if (contentEnd != contentStart) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "NULL with contents in " + tag);
        }
        consume();
    }

    public Oid readOid(BerTag tag) {
        primitive(tag);
        Oid oid = Oid.decode(buf, contentStart, contentEnd - contentStart);
        consume();
        return oid;
    }

    /** An OCTET STRING (or any string type) of this tag, primitive or segmented. */
    public byte[] readOctets(BerTag tag) {
        require(tag);
        if (!header.constructed) {
            byte[] bytes = new byte[contentEnd - contentStart];
            buf.getBytes(contentStart, bytes);
            consume();
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentEnd - contentStart);
        enter(tag);
        while (hasNext()) {
            peek();
            out.writeBytes(readOctets(BerTag.of(header.tagClass(), header.constructed, header.number)));
        }
        leave();
        return out.toByteArray();
    }

    /** A character string of this tag; see {@link Octets#text()} for the charset rule. */
    public String readString(BerTag tag) {
        byte[] bytes = readOctets(tag);
        return Texts.decode(bytes, 0, bytes.length);
    }

    /** A BIT STRING's bits, bit 0 being the first (most significant) bit of the first octet. */
    public BitSet readBits(BerTag tag) {
        byte[] octets = readOctets(tag);
        if (octets.length == 0 || (octets[0] & 0xff) > 7) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "BIT STRING without a valid unused-bits octet in " + tag);
        }
        int bitCount = (octets.length - 1) * 8 - octets[0];
        BitSet bits = new BitSet(bitCount);
        for (int i = 0; i < bitCount; i++) {
            if ((octets[1 + i / 8] & (0x80 >>> (i % 8))) != 0) {
                bits.set(i);
            }
        }
        return bits;
    }

    /** The complete encoding (identifier, length, contents) of the next element, whatever it is. */
    public byte[] readElement() {
        require(null);
        byte[] bytes = new byte[elementEnd - pos];
        buf.getBytes(pos, bytes);
        consume();
        return bytes;
    }

    public void skip() {
        require(null);
        consume();
    }

    /** An exception naming the next element (or its absence) as out of place. */
    public BerException unexpected(String where) {
        if (!hasNext()) {
            return new BerException(BerException.Problem.MISSING_ELEMENT, "missing element in " + where);
        }
        peek();
        return new BerException(BerException.Problem.UNEXPECTED_ELEMENT, "unexpected element " + header.describe() + " in " + where);
    }

    private void primitive(BerTag tag) {
        require(tag);
        if (header.constructed) {
            throw unexpected(tag, "constructed where primitive was expected");
        }
    }

    private void require(BerTag tag) {
        if (!hasNext()) {
            throw new BerException(BerException.Problem.MISSING_ELEMENT, "missing " + (tag == null ? "element" : tag.toString()));
        }
        peek();
        if (tag != null && !tag.matches(header.tagClass(), header.number)) {
            throw new BerException(BerException.Problem.UNEXPECTED_ELEMENT, "expected " + tag + " but found " + header.describe());
        }
    }

    private BerException unexpected(BerTag tag, String why) {
        return new BerException(BerException.Problem.UNEXPECTED_ELEMENT, why + ": " + tag);
    }

    private boolean peek() {
        if (peekedAt == pos) {
            return true;
        }
        if (!header.parse(buf, pos, end)) {
            throw BerException.malformed("truncated element header");
        }
        contentStart = pos + header.headerLength;
        if (header.length == BerHeader.INDEFINITE) {
            contentEnd = indefinite.endOf(contentStart);
            elementEnd = contentEnd + 2;
        } else {
            contentEnd = contentStart + header.length;
            elementEnd = contentEnd;
        }
        peekedAt = pos;
        return true;
    }

    private void consume() {
        pos = elementEnd;
        peekedAt = -1;
    }

    private boolean sameSign(int index) {
        return ((buf.getByte(index) ^ buf.getByte(index + 1)) & 0x80) == 0;
    }
}
