package org.unigate.ber;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Writes BER with definite, minimal lengths straight into a buffer. A constructed element
 * gets a one-octet length placeholder on {@link #begin}; {@link #end} fills it in, moving the
 * contents up in the rare case the length needs the long form. Strings are written as UTF-8.
 */
public final class BerWriter {

    private static final int UNKNOWN = -1;

    private final ByteBuf out;
    private int[] starts = new int[16];
    private int[] known = new int[16];
    private int depth;

    public BerWriter(ByteBuf out) {
        this.out = out;
    }

    public ByteBuf buffer() {
        return out;
    }

    /** Opens a constructed element; close it with {@link #end}. */
    public BerWriter begin(BerTag tag) {
        if (!tag.constructed()) {
            throw new IllegalArgumentException("begin() needs a constructed tag: " + tag);
        }
        out.writeBytes(tag.identifier());
        out.writeByte(0);
        push(UNKNOWN);
        return this;
    }

    /**
     * Opens a constructed element whose content length the caller has computed (see
     * {@link #sizeOf}): the header is written once and nothing moves, which matters for large
     * records. {@link #end} checks the promise.
     */
    public BerWriter begin(BerTag tag, int contentLength) {
        if (!tag.constructed()) {
            throw new IllegalArgumentException("begin() needs a constructed tag: " + tag);
        }
        header(tag, contentLength);
        push(contentLength);
        return this;
    }

    /** The encoded size of an element of this tag with {@code contentLength} content octets. */
    public static int sizeOf(BerTag tag, int contentLength) {
        return tag.identifier().length + (contentLength < 0x80 ? 1 : 1 + lengthOctets(contentLength)) + contentLength;
    }

    /** The encoded size of a UTF-8 string element. */
    public static int sizeOf(BerTag tag, String text) {
        return sizeOf(tag, ByteBufUtil.utf8Bytes(text));
    }

    public static int sizeOf(BerTag tag, Oid oid) {
        return sizeOf(tag, oid.encoded().length);
    }

    private void push(int knownLength) {
        if (depth == starts.length) {
            starts = Arrays.copyOf(starts, depth * 2);
            known = Arrays.copyOf(known, depth * 2);
        }
        known[depth] = knownLength;
        starts[depth++] = out.writerIndex();
    }

    public BerWriter end() {
        if (depth == 0) {
            throw new IllegalStateException("end() without begin()");
        }
        int start = starts[--depth];
        int length = out.writerIndex() - start;
        if (known[depth] != UNKNOWN) {
            if (known[depth] != length) {
                throw new IllegalStateException("element promised " + known[depth] + " content octets, got " + length);
            }
            return this;
        }
        if (length < 0x80) {
            out.setByte(start - 1, length);
            return this;
        }
        int extra = lengthOctets(length);
        out.ensureWritable(extra);
        shiftUp(start, length, extra);
        out.writerIndex(out.writerIndex() + extra);
        out.setByte(start - 1, 0x80 | extra);
        for (int i = 0; i < extra; i++) {
            out.setByte(start + i, length >>> (8 * (extra - 1 - i)));
        }
        return this;
    }

    public BerWriter writeInteger(BerTag tag, long value) {
        int length = 1;
        while (length < 8 && (value >> (8 * length - 1)) != 0 && (value >> (8 * length - 1)) != -1) {
            length++;
        }
        header(tag, length);
        for (int i = length - 1; i >= 0; i--) {
            out.writeByte((int) (value >>> (8 * i)));
        }
        return this;
    }

    /**
     * TRUE is written as 0x01, as YAZ writes it: YAZ keeps the octet as the value, so its
     * clients would show the DER form 0xFF as -1.
     */
    public BerWriter writeBoolean(BerTag tag, boolean value) {
        header(tag, 1);
        out.writeByte(value ? 1 : 0);
        return this;
    }

    public BerWriter writeNull(BerTag tag) {
        header(tag, 0);
        return this;
    }

    public BerWriter writeOid(BerTag tag, Oid oid) {
        byte[] contents = oid.encoded();
        header(tag, contents.length);
        out.writeBytes(contents);
        return this;
    }

    public BerWriter writeOctets(BerTag tag, byte[] contents) {
        header(tag, contents.length);
        out.writeBytes(contents);
        return this;
    }

    public BerWriter writeOctets(BerTag tag, Octets contents) {
        header(tag, contents.length());
        contents.writeTo(out);
        return this;
    }

    /** A character string as UTF-8 (the charset Unigate negotiates and assumes). */
    public BerWriter writeString(BerTag tag, String text) {
        header(tag, ByteBufUtil.utf8Bytes(text));
        ByteBufUtil.writeUtf8(out, text);
        return this;
    }

    /**
     * A BIT STRING of {@code bitCount} bits padded with zero bits to whole octets, as YAZ writes
     * them (unused-bits octet 0); bit 0 is the most significant bit of the first octet.
     */
    public BerWriter writeBits(BerTag tag, BitSet bits, int bitCount) {
        int octets = (bitCount + 7) / 8;
        header(tag, octets + 1);
        out.writeByte(0);
        for (int o = 0; o < octets; o++) {
            int value = 0;
            for (int b = 0; b < 8; b++) {
                if (bits.get(o * 8 + b) && o * 8 + b < bitCount) {
                    value |= 0x80 >>> b;
                }
            }
            out.writeByte(value);
        }
        return this;
    }

    /** A complete, already encoded element. */
    public BerWriter writeElement(byte[] element) {
        out.writeBytes(element);
        return this;
    }

    public BerWriter writeElement(Octets element) {
        element.writeTo(out);
        return this;
    }

    private void header(BerTag tag, int length) {
        out.writeBytes(tag.identifier());
        if (length < 0x80) {
            out.writeByte(length);
            return;
        }
        int count = lengthOctets(length);
        out.writeByte(0x80 | count);
        for (int i = count - 1; i >= 0; i--) {
            out.writeByte(length >>> (8 * i));
        }
    }

    private static int lengthOctets(int length) {
        return length < 0x100 ? 1 : length < 0x10000 ? 2 : length < 0x1000000 ? 3 : 4;
    }

    private void shiftUp(int start, int length, int by) {
        if (out.hasArray()) {
            byte[] array = out.array();
            int offset = out.arrayOffset();
            System.arraycopy(array, offset + start, array, offset + start + by, length);
        } else {
            byte[] copy = new byte[length];
            out.getBytes(start, copy);
            out.setBytes(start + by, copy);
        }
    }
}
