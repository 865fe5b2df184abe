package org.unigate.rpn;

import java.util.Objects;

/**
 * One attribute element: type (1 use, 2 relation, 3 position, 4 structure, 5 truncation,
 * 6 completeness, or others) and value; {@code attributeSet} is null when the query's
 * default set applies.
 */
public record Attribute(AttributeSet attributeSet, int type, AttributeValue value) {

    public static final int USE = 1;
    public static final int RELATION = 2;
    public static final int POSITION = 3;
    public static final int STRUCTURE = 4;
    public static final int TRUNCATION = 5;
    public static final int COMPLETENESS = 6;

    public Attribute {
        Objects.requireNonNull(value, "value");
    }

    public static Attribute of(int type, long value) {
        return new Attribute(null, type, AttributeValue.of(value));
    }

    public Long numeric() {
        return value instanceof AttributeValue.Numeric n ? n.value() : null;
    }
}
