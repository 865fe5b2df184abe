package org.unigate.z3950;

import java.util.Objects;
import org.unigate.ber.Oid;
import org.unigate.diag.Diagnostic;

/**
 * DefaultDiagFormat: diagnostic set (normally Bib-1), condition and addinfo. The codec writes
 * addinfo as a VisibleString (v2Addinfo) when it is printable ASCII, so version 2 clients read
 * it too, and as a GeneralString (v3Addinfo) otherwise.
 */
public record DefaultDiagFormat(Oid diagnosticSetId, int condition, String addinfo) implements DiagRec {

    public static final Oid BIB1 = Oid.of("1.2.840.10003.4.1");

    public DefaultDiagFormat {
        Objects.requireNonNull(diagnosticSetId, "diagnosticSetId");
        addinfo = addinfo == null ? "" : addinfo;
    }

    public static DefaultDiagFormat bib1(int condition, String addinfo) {
        return new DefaultDiagFormat(BIB1, condition, addinfo);
    }

    /** The Bib-1 form of a gateway diagnostic; a member's is attributed to it in the addinfo. */
    public static DefaultDiagFormat of(Diagnostic diagnostic) {
        String details = diagnostic.details();
        if (diagnostic.member() != null) {
            details = (details == null ? "" : details + " ") + "[" + diagnostic.member() + "]";
        }
        return bib1(Bib1.code(diagnostic.condition()), details);
    }

    public boolean isBib1() {
        return BIB1.equals(diagnosticSetId);
    }
}
