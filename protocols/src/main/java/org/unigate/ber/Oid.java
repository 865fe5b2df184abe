package org.unigate.ber;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** An OBJECT IDENTIFIER: immutable, compared by its arcs, written in dotted form. */
public final class Oid implements Comparable<Oid> {

    /** Real OIDs are a few dozen octets; a cap keeps decoding from allocating per hostile octet. */
    static final int MAX_ENCODED_LENGTH = 128;

    private final long[] arcs;
    private final String dotted;
    private final byte[] encoded;

    private Oid(long[] arcs) {
        this(arcs, null);
    }

    private Oid(long[] arcs, byte[] encoded) {
        if (arcs.length < 2 || arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39) || arcs[1] > Long.MAX_VALUE - 80) {
            throw new IllegalArgumentException("not a valid OID: " + Arrays.toString(arcs));
        }
        for (long arc : arcs) {
            if (arc < 0) {
                throw new IllegalArgumentException("negative OID arc in " + Arrays.toString(arcs));
            }
        }
        this.arcs = arcs;
        StringBuilder sb = new StringBuilder();
        for (long arc : arcs) {
            sb.append(sb.length() == 0 ? "" : ".").append(arc);
        }
        this.dotted = sb.toString();
        this.encoded = encoded != null ? encoded : encode(arcs);
    }

    /** Parses dotted form, e.g. {@code 1.2.840.10003.5.10}. */
    public static Oid of(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        long[] arcs = new long[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty() || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new IllegalArgumentException("not a dotted OID: " + dotted);
                }
                arcs[i] = Long.parseLong(parts[i]);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("OID arc out of range: " + dotted, e);
        }
        return new Oid(arcs);
    }

    /** Decodes OBJECT IDENTIFIER contents octets. */
    static Oid decode(ByteBuf buf, int index, int length) {
        if (length == 0 || length > MAX_ENCODED_LENGTH) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "OBJECT IDENTIFIER of " + length + " octets");
        }
        long[] sub = new long[length + 1];
        int count = 0;
        long value = 0;
        boolean fresh = true;
        for (int i = 0; i < length; i++) {
            int octet = buf.getUnsignedByte(index + i);
            if (fresh && octet == 0x80) {
                throw new BerException(BerException.Problem.INVALID_VALUE, "OID sub-identifier with a leading zero group");
            }
            if (value > (Long.MAX_VALUE >>> 7)) {
                throw new BerException(BerException.Problem.INVALID_VALUE, "OID arc beyond 2^63");
            }
            value = (value << 7) | (octet & 0x7f);
            fresh = (octet & 0x80) == 0;
            if (fresh) {
                sub[count++] = value;
                value = 0;
            }
        }
        if (!fresh) {
            throw new BerException(BerException.Problem.INVALID_VALUE, "OID ends inside a sub-identifier");
        }
        long[] arcs = new long[count + 1];
        long first = sub[0];
        arcs[0] = first < 40 ? 0 : first < 80 ? 1 : 2;
        arcs[1] = first - 40 * arcs[0];
        System.arraycopy(sub, 1, arcs, 2, count - 1);
        byte[] encoded = new byte[length];
        buf.getBytes(index, encoded);
        return new Oid(arcs, encoded);
    }

    private static byte[] encode(long[] arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(arcs.length + 4);
        writeBase128(out, arcs[0] * 40 + arcs[1]);
        for (int i = 2; i < arcs.length; i++) {
            writeBase128(out, arcs[i]);
        }
        return out.toByteArray();
    }

    private static void writeBase128(ByteArrayOutputStream out, long value) {
        int groups = 1;
        for (long rest = value >>> 7; rest != 0; rest >>>= 7) {
            groups++;
        }
        for (int g = groups - 1; g >= 0; g--) {
            out.write((int) ((value >>> (7 * g)) & 0x7f) | (g == 0 ? 0 : 0x80));
        }
    }

    /** The contents octets of this OID's BER encoding. */
    byte[] encoded() {
        return encoded;
    }

    public int arcCount() {
        return arcs.length;
    }

    public long arc(int index) {
        return arcs[index];
    }

    /** True if this OID starts with all of {@code prefix}'s arcs. */
    public boolean startsWith(Oid prefix) {
        if (prefix.arcs.length > arcs.length) {
            return false;
        }
        return Arrays.equals(arcs, 0, prefix.arcs.length, prefix.arcs, 0, prefix.arcs.length);
    }

    @Override
    public int compareTo(Oid o) {
        return Arrays.compare(arcs, o.arcs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Oid other && Arrays.equals(arcs, other.arcs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(arcs);
    }

    @Override
    public String toString() {
        return dotted;
    }
}
