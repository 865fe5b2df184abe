package org.unigate.z3950;

import org.unigate.ber.External;
import org.unigate.ber.Oid;

/**
 * Specification of a CompSpec or sort key: a schema (by OID or URI, at most one) and an element
 * set name or external element specification (at most one).
 */
public record Specification(Oid schemaOid, String schemaUri, String elementSetName, External externalEspec) {

    public Specification {
        if (schemaOid != null && schemaUri != null) {
            throw new IllegalArgumentException("schema is an OID or a URI, not both");
        }
        if (elementSetName != null && externalEspec != null) {
            throw new IllegalArgumentException("element spec is a name or an external spec, not both");
        }
    }
}
