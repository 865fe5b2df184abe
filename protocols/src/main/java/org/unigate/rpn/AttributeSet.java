package org.unigate.rpn;

import java.util.Locale;
import java.util.Objects;

/** An attribute set, by OID with the name YAZ gives it (bib-1, exp-1, ...). */
public record AttributeSet(String oid, String name) {

    public static final AttributeSet BIB1 = new AttributeSet("1.2.840.10003.3.1", "bib-1");
    public static final AttributeSet EXP1 = new AttributeSet("1.2.840.10003.3.2", "exp-1");
    public static final AttributeSet EXT1 = new AttributeSet("1.2.840.10003.3.3", "ext-1");
    public static final AttributeSet GILS = new AttributeSet("1.2.840.10003.3.5", "gils");
    public static final AttributeSet IDXPATH = new AttributeSet("1.2.840.10003.3.1000.81.1", "idxpath");

    private static final AttributeSet[] KNOWN = {BIB1, EXP1, EXT1, GILS, IDXPATH};

    public AttributeSet {
        Objects.requireNonNull(oid, "oid");
    }

    /** By name (case-insensitive) or dotted OID; unknown dotted OIDs are kept as they are. */
    public static AttributeSet of(String nameOrOid) {
        for (AttributeSet known : KNOWN) {
            if (known.name.equalsIgnoreCase(nameOrOid) || known.oid.equals(nameOrOid)) {
                return known;
            }
        }
        if (nameOrOid.matches("\\d+(\\.\\d+)+")) {
            return new AttributeSet(nameOrOid, null);
        }
        throw new IllegalArgumentException("unknown attribute set: " + nameOrOid);
    }

    /** The name PQF writes ({@code bib-1}), else the OID. */
    public String label() {
        return name != null ? name.toLowerCase(Locale.ROOT) : oid;
    }
}
