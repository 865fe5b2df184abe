package org.unigate.rpn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An operand: attributes plus term. */
public record AttributesPlusTerm(List<Attribute> attributes, Term term) implements RpnNode {

    public AttributesPlusTerm {
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(term, "term");
    }

    /** The first numeric value of the given attribute type, if any. */
    public Optional<Long> numeric(int type) {
        return attributes.stream().filter(a -> a.type() == type && a.numeric() != null)
                .map(Attribute::numeric).findFirst();
    }

    public Optional<Attribute> attribute(int type) {
        return attributes.stream().filter(a -> a.type() == type).findFirst();
    }
}
