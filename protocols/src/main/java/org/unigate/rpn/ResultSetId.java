package org.unigate.rpn;

import java.util.Objects;

/** A result-set operand ({@code @set name}). */
public record ResultSetId(String name) implements RpnNode {
    public ResultSetId {
        Objects.requireNonNull(name, "name");
    }
}
