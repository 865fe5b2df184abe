package org.unigate.ber;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable octet string (reference ids, record data, raw encodings). Records holding byte
 * arrays compare by identity; this compares by content.
 */
public final class Octets {

    public static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Octets copyOf(byte[] bytes) {
        return new Octets(bytes.clone());
    }

    /** Takes ownership of {@code bytes} without copying: the caller must not change them. */
    public static Octets wrap(byte[] bytes) {
        return new Octets(bytes);
    }

    public static Octets utf8(String text) {
        return new Octets(text.getBytes(StandardCharsets.UTF_8));
    }

    public int length() {
        return bytes.length;
    }

    public byte byteAt(int index) {
        return bytes[index];
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    public void writeTo(ByteBuf out) {
        out.writeBytes(bytes);
    }

    /** The octets as text: UTF-8 where they are valid UTF-8, else ISO-8859-1. */
    public String text() {
        return Texts.decode(bytes, 0, bytes.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        int shown = Math.min(bytes.length, 32);
        return "Octets[" + bytes.length + ": " + HexFormat.of().formatHex(bytes, 0, shown) + (shown < bytes.length ? "...]" : "]");
    }
}
