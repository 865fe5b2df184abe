package org.unigate.z3950;

import java.util.Objects;

/** A diagnostic in place of one record (present) or one term (scan). */
public record SurrogateDiagnostic(DiagRec diagnostic) implements NamePlusRecord.Content, ScanEntry {
    public SurrogateDiagnostic {
        Objects.requireNonNull(diagnostic, "diagnostic");
    }
}
