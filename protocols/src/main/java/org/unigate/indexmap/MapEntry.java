package org.unigate.indexmap;

import java.util.List;
import java.util.Objects;

/**
 * One line of a cql2pqf mapping: {@code key = value}. For {@code set} and {@code set.<prefix>}
 * the value is a context-set URI and {@code attributes} is empty; for every other key the value
 * is a list of attribute specifications (possibly empty: {@code relationModifier.masked =}).
 * {@code line} is the 1-based source line, 0 for an override.
 */
public record MapEntry(String key, String value, List<AttributeSpec> attributes, int line) {

    public MapEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        attributes = List.copyOf(attributes);
    }

    /** The key's first component: {@code index}, {@code relation}, {@code set}, {@code always}, ... */
    public String category() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The key after {@code category.}: {@code dc.title} for {@code index.dc.title}; empty when none. */
    public String name() {
        int dot = key.indexOf('.');
        return dot < 0 ? "" : key.substring(dot + 1);
    }
}
