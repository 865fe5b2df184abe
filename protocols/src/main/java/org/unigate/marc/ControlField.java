package org.unigate.marc;

import java.util.Objects;

public record ControlField(String tag, String value) implements Field {
    public ControlField {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(value, "value");
    }
}
