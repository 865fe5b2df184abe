package org.unigate.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code left op right}. For {@link BooleanOp#PROX} the modifiers carry the proximity
 * parameters in CQL's terms: {@code unit} (word, sentence, paragraph, element),
 * {@code distance} with its comparison, and {@code ordered}/{@code unordered}.
 */
public record BooleanQuery(BooleanOp op, Query left, Query right, List<Modifier> modifiers) implements Query {

    public BooleanQuery {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        modifiers = List.copyOf(modifiers);
    }

    public static BooleanQuery of(BooleanOp op, Query left, Query right) {
        return new BooleanQuery(op, left, right, List.of());
    }

    public Optional<Modifier> modifier(String name) {
        return Modifier.find(modifiers, name);
    }
}
