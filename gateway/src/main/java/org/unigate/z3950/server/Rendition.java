package org.unigate.z3950.server;

import java.util.Objects;
import org.unigate.ber.Oid;
import org.unigate.records.RecordFormat;

/**
 * How the records of one response are written: the record syntax they go out in, the shared
 * format that writes them (for USMARC, OPAC and SUTRS the MARC description that marcxml writes,
 * in that syntax), and whether only the brief description is wanted (element set B).
 */
record Rendition(Oid syntax, RecordFormat format, boolean brief) {

    Rendition {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(format, "format");
    }

    @Override
    public String toString() {
        return syntax + " " + format.name() + (brief ? " (brief)" : "");
    }
}
