package org.unigate.indexmap;

import java.util.Objects;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributeValue;

/**
 * One {@code [set] type=value} of a mapping line, as written. The value stays text because YAZ
 * substitutes {@code *} in it (e.g. {@code index.pass.* = 1=*} uses the index name as the value)
 * before deciding, as its PQF reader does, that digits only make a numeric value.
 */
public record AttributeSpec(AttributeSet attributeSet, int type, String value) {

    public AttributeSpec {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("attribute " + type + " has no value");
        }
    }

    /** True when the value contains {@code *}, to be replaced by the looked-up name. */
    public boolean wildcard() {
        return value.indexOf('*') >= 0;
    }

    /** The attribute, with every {@code *} in the value replaced by {@code substitute} when given. */
    public Attribute toAttribute(String substitute) {
        String text = substitute == null ? value : value.replace("*", substitute);
        return new Attribute(attributeSet, type, valueOf(text));
    }

    static AttributeValue valueOf(String text) {
        boolean digits = !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        return digits ? AttributeValue.of(Long.parseLong(text)) : new AttributeValue.Text(text);
    }

    @Override
    public String toString() {
        return (attributeSet == null ? "" : attributeSet.label() + " ") + type + "=" + value;
    }
}
