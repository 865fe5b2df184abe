package org.unigate.ber;

import java.util.Arrays;
import java.util.Objects;

/**
 * A BER tag: class, primitive/constructed form and number (any size the identifier octets
 * allow). Equality ignores the optional label, which only names the field in error messages.
 * The identifier octets are computed once, since codecs write the same tags over and over.
 */
public final class BerTag {

    public static final BerTag BOOLEAN = universal(1, false, "BOOLEAN");
    public static final BerTag INTEGER = universal(2, false, "INTEGER");
    public static final BerTag BIT_STRING = universal(3, false, "BIT STRING");
    public static final BerTag OCTET_STRING = universal(4, false, "OCTET STRING");
    public static final BerTag NULL = universal(5, false, "NULL");
    public static final BerTag OBJECT_IDENTIFIER = universal(6, false, "OBJECT IDENTIFIER");
    public static final BerTag OBJECT_DESCRIPTOR = universal(7, false, "ObjectDescriptor");
    public static final BerTag EXTERNAL = universal(8, true, "EXTERNAL");
    public static final BerTag SEQUENCE = universal(16, true, "SEQUENCE");
    public static final BerTag VISIBLE_STRING = universal(26, false, "VisibleString");
    public static final BerTag GENERAL_STRING = universal(27, false, "GeneralString");

    private final TagClass tagClass;
    private final boolean constructed;
    private final int number;
    private final String label;
    private final byte[] identifier;

    private BerTag(TagClass tagClass, boolean constructed, int number, String label) {
        if (number < 0) {
            throw new IllegalArgumentException("negative tag number " + number);
        }
        this.tagClass = Objects.requireNonNull(tagClass, "tagClass");
        this.constructed = constructed;
        this.number = number;
        this.label = label;
        this.identifier = encodeIdentifier(tagClass, constructed, number);
    }

    public static BerTag of(TagClass tagClass, boolean constructed, int number) {
        return new BerTag(tagClass, constructed, number, null);
    }

    /** A context-specific primitive tag, {@code [n] IMPLICIT} of a primitive type. */
    public static BerTag context(int number) {
        return new BerTag(TagClass.CONTEXT, false, number, null);
    }

    /** A context-specific constructed tag: explicit tags and implicit SEQUENCE/EXTERNAL. */
    public static BerTag contextConstructed(int number) {
        return new BerTag(TagClass.CONTEXT, true, number, null);
    }

    public static BerTag universal(int number, boolean constructed, String label) {
        return new BerTag(TagClass.UNIVERSAL, constructed, number, label);
    }

    /** The same tag with a field name for error messages. */
    public BerTag named(String name) {
        return new BerTag(tagClass, constructed, number, name);
    }

    public TagClass tagClass() {
        return tagClass;
    }

    public boolean constructed() {
        return constructed;
    }

    public int number() {
        return number;
    }

    /** Same class and number; BER string types may come in either form, so form is left out. */
    public boolean matches(TagClass otherClass, int otherNumber) {
        return tagClass == otherClass && number == otherNumber;
    }

    byte[] identifier() {
        return identifier;
    }

    private static byte[] encodeIdentifier(TagClass tagClass, boolean constructed, int number) {
        int lead = (tagClass.ordinal() << 6) | (constructed ? 0x20 : 0);
        if (number < 31) {
            return new byte[] {(byte) (lead | number)};
        }
        int groups = 1;
        for (int rest = number >>> 7; rest != 0; rest >>>= 7) {
            groups++;
        }
        byte[] out = new byte[groups + 1];
        out[0] = (byte) (lead | 0x1f);
        for (int i = groups; i >= 1; i--) {
            int shift = 7 * (groups - i);
            out[i] = (byte) (((number >>> shift) & 0x7f) | (i == groups ? 0 : 0x80));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BerTag t && t.tagClass == tagClass && t.constructed == constructed && t.number == number;
    }

    @Override
    public int hashCode() {
        return (tagClass.ordinal() * 31 + number) * 2 + (constructed ? 1 : 0);
    }

    @Override
    public String toString() {
        return describe(tagClass, number) + (label == null ? "" : " (" + label + ")");
    }

    static String describe(TagClass tagClass, int number) {
        return "[" + tagClass + " " + number + "]";
    }

    /** For tests and diagnostics: the identifier octets. */
    public byte[] identifierOctets() {
        return Arrays.copyOf(identifier, identifier.length);
    }
}
