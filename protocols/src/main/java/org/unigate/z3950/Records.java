package org.unigate.z3950;

import java.util.List;
import java.util.Objects;

/** The Records of search and present responses: records, or diagnostics instead of them. */
public sealed interface Records {

    record ResponseRecords(List<NamePlusRecord> records) implements Records {
        public ResponseRecords {
            records = List.copyOf(records);
        }
    }

    record NonSurrogateDiagnostic(DefaultDiagFormat diagnostic) implements Records {
        public NonSurrogateDiagnostic {
            Objects.requireNonNull(diagnostic, "diagnostic");
        }
    }

    record MultipleNonSurrogateDiagnostics(List<DiagRec> diagnostics) implements Records {
        public MultipleNonSurrogateDiagnostics {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
