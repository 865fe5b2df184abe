package org.unigate.sru;

import java.util.Optional;

/**
 * The SRU versions, and what differs between them on the wire: 1.1 and 1.2 share the ZiNG
 * namespaces; 2.0 (OASIS searchRetrieve 1.0) has its own, with scan responses in a namespace of
 * their own; 2.0 renamed the record packing parameter and dropped {@code operation}.
 */
public enum SruVersion {
    V1_1("1.1"),
    V1_2("1.2"),
    V2_0("2.0");

    public static final String NS_1X = "http://www.loc.gov/zing/srw/";
    public static final String DIAG_1X = "http://www.loc.gov/zing/srw/diagnostic/";
    public static final String NS_2 = "http://docs.oasis-open.org/ns/search-ws/sruResponse";
    public static final String SCAN_2 = "http://docs.oasis-open.org/ns/search-ws/scan";
    public static final String DIAG_2 = "http://docs.oasis-open.org/ns/search-ws/diagnostic";
    public static final String FACETS_2 = "http://docs.oasis-open.org/ns/search-ws/facetedResults";

    private final String text;

    SruVersion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The version a request names, exactly as the protocol spells it; empty for any other. */
    public static Optional<SruVersion> of(String text) {
        for (SruVersion v : values()) {
            if (v.text.equals(text == null ? null : text.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * A member's configured version: null or blank means 1.2, the most widely deployed, and
     * {@code 2} is read as 2.0.
     *
     * @throws IllegalArgumentException for any other version
     */
    public static SruVersion configured(String version) {
        if (version == null || version.isBlank()) {
            return V1_2;
        }
        if (version.strip().equals("2")) {
            return V2_0;
        }
        return of(version).orElseThrow(() ->
                new IllegalArgumentException("unsupported SRU version " + version + " (1.1, 1.2 or 2.0)"));
    }

    public boolean v2() {
        return this == V2_0;
    }

    /** Namespace of searchRetrieve and explain responses. */
    public String namespace() {
        return v2() ? NS_2 : NS_1X;
    }

    /** Namespace of scan responses. */
    public String scanNamespace() {
        return v2() ? SCAN_2 : NS_1X;
    }

    public String diagnosticNamespace() {
        return v2() ? DIAG_2 : DIAG_1X;
    }

    /** 2.0 renamed 1.x's {@code recordPacking} (xml|string) to {@code recordXMLEscaping}. */
    public String packingParameter() {
        return v2() ? "recordXMLEscaping" : "recordPacking";
    }

    /**
     * Sort keys travel in the {@code sortKeys} parameter only in 1.1. From 1.2 on CQL's
     * {@code sortBy} is the standard, and real servers (YAZ/Zebra) resolve its indexes through
     * their CQL map, while {@code sortKeys} paths reach them unmapped.
     */
    public boolean sortInQuery() {
        return this != V1_1;
    }

    /** 2.0 dropped the {@code operation} parameter. */
    public boolean sendsOperation() {
        return !v2();
    }

    /** Whether {@code namespace} is a searchRetrieveResponse's in any version. */
    static boolean isResponseNamespace(String namespace) {
        return NS_1X.equals(namespace) || NS_2.equals(namespace);
    }

    /**
     * Whether {@code namespace} is a diagnostic's in any version: servers mix the versions'
     * diagnostic namespaces up, so readers take either.
     */
    static boolean isDiagnosticNamespace(String namespace) {
        return DIAG_1X.equals(namespace) || DIAG_2.equals(namespace);
    }
}
