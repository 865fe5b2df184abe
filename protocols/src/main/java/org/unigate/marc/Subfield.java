package org.unigate.marc;

import java.util.Objects;

public record Subfield(char code, String value) {
    public Subfield {
        Objects.requireNonNull(value, "value");
    }
}
