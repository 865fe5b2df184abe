package org.unigate.rpn;

/** An attribute value: numeric (the usual) or a string ("complex", e.g. {@code @attr 1=title}). */
public sealed interface AttributeValue permits AttributeValue.Numeric, AttributeValue.Text {

    record Numeric(long value) implements AttributeValue {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    record Text(String value) implements AttributeValue {
        @Override
        public String toString() {
            return value;
        }
    }

    static AttributeValue of(long value) {
        return new Numeric(value);
    }
}
