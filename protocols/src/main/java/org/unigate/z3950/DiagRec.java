package org.unigate.z3950;

import java.util.Objects;
import org.unigate.ber.External;

/** DiagRec: the default diagnostic format or an externally defined one. */
public sealed interface DiagRec permits DefaultDiagFormat, DiagRec.ExternallyDefined {

    record ExternallyDefined(External external) implements DiagRec {
        public ExternallyDefined {
            Objects.requireNonNull(external, "external");
        }
    }
}
