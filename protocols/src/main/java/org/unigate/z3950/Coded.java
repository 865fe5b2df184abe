package org.unigate.z3950;

/** An enumerated value with its ASN.1 INTEGER (or bit) number. */
public interface Coded {
    int code();

    /** The constant with this code, or null. */
    static <E extends Enum<E> & Coded> E byCode(Class<E> type, int code) {
        for (E e : type.getEnumConstants()) {
            if (e.code() == code) {
                return e;
            }
        }
        return null;
    }
}
