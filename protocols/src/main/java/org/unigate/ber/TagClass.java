package org.unigate.ber;

/** The four BER tag classes, in the order of their two high identifier bits. */
public enum TagClass {
    UNIVERSAL, APPLICATION, CONTEXT, PRIVATE;

    private static final TagClass[] BY_BITS = values();

    static TagClass ofBits(int bits) {
        return BY_BITS[bits & 3];
    }
}
