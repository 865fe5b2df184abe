package org.unigate.rpn;

import java.util.Objects;

/** {@code left op right}; {@code proximity} is set only for {@link Operator#PROX}. */
public record RpnOperation(Operator op, RpnNode left, RpnNode right, Proximity proximity) implements RpnNode {

    public enum Operator { AND, OR, AND_NOT, PROX }

    public RpnOperation {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if ((op == Operator.PROX) != (proximity != null)) {
            throw new IllegalArgumentException("proximity parameters go with PROX only");
        }
    }

    public static RpnOperation of(Operator op, RpnNode left, RpnNode right) {
        return new RpnOperation(op, left, right, null);
    }
}
