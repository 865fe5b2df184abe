package org.unigate.rpn;

import java.util.Objects;

/**
 * A Z39.50 Type-1 (RPN) query: the default attribute set and the operand tree. PQF parses
 * into it and the Z39.50 codec encodes it; the index map translates it to and from the
 * gateway's {@link org.unigate.query.Query} tree.
 */
public record RpnQuery(AttributeSet attributeSet, RpnNode root) {
    public RpnQuery {
        attributeSet = attributeSet == null ? AttributeSet.BIB1 : attributeSet;
        Objects.requireNonNull(root, "root");
    }
}
