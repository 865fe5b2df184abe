package org.unigate.ber;

import io.netty.buffer.ByteBuf;

/**
 * Parse state for one identifier-and-length header. Mutable and reused by its owner (one
 * scanner or reader) so scanning a PDU allocates nothing per element.
 */
final class BerHeader {

    static final int INDEFINITE = -1;
    private static final int MAX_TAG_OCTETS = 4;

    int tagClassBits;
    boolean constructed;
    int number;
    int headerLength;
    /** Content length, or {@link #INDEFINITE}. */
    int length;

    /**
     * Parses the header at {@code index}, reading no byte at or past {@code limit}.
     *
     * @return false if the header does not fit before {@code limit}
     * @throws BerException if the octets cannot be a BER header
     */
    boolean parse(ByteBuf buf, int index, int limit) {
        if (index >= limit) {
            return false;
        }
        int first = buf.getUnsignedByte(index);
        int p = index + 1;
        tagClassBits = first >>> 6;
        constructed = (first & 0x20) != 0;
        int n = first & 0x1f;
        if (n == 0x1f) {
            n = 0;
            int count = 0;
            int octet;
            do {
                if (p >= limit) {
                    return false;
                }
                octet = buf.getUnsignedByte(p++);
                if (count == 0 && octet == 0x80) {
                    throw BerException.malformed("tag number with a leading zero group");
                }
                if (++count > MAX_TAG_OCTETS) {
                    throw BerException.malformed("tag number longer than " + MAX_TAG_OCTETS + " octets");
                }
                n = (n << 7) | (octet & 0x7f);
            } while ((octet & 0x80) != 0);
        }
        number = n;
        if (p >= limit) {
            return false;
        }
        int l = buf.getUnsignedByte(p++);
        if (l < 0x80) {
            length = l;
        } else if (l == 0x80) {
            if (!constructed) {
                throw BerException.malformed("indefinite length on a primitive element " + describe());
            }
            length = INDEFINITE;
        } else if (l == 0xff) {
            throw BerException.malformed("reserved length octet 0xFF");
        } else {
            int count = l & 0x7f;
            if (p + count > limit) {
                return false;
            }
            long value = 0;
            for (int i = 0; i < count; i++) {
                value = (value << 8) | buf.getUnsignedByte(p++);
                if (value > Integer.MAX_VALUE) {
                    throw new BerException(BerException.Problem.PDU_TOO_LARGE, "element length beyond 2^31 in " + describe());
                }
            }
            length = (int) value;
        }
        headerLength = p - index;
        return true;
    }

    boolean isEndOfContents() {
        return tagClassBits == 0 && number == 0 && !constructed && length == 0;
    }

    TagClass tagClass() {
        return TagClass.ofBits(tagClassBits);
    }

    String describe() {
        return BerTag.describe(tagClass(), number);
    }
}
