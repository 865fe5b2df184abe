package org.unigate.rpn;

import java.util.Objects;

/** A search term with its Z39.50 term type (general octets unless PQF says otherwise). */
public record Term(String value, Type type) {

    public enum Type { GENERAL, NUMERIC, STRING, OID, NULL }

    public Term {
        Objects.requireNonNull(value, "value");
        type = type == null ? Type.GENERAL : type;
    }

    public static Term of(String value) {
        return new Term(value, Type.GENERAL);
    }
}
