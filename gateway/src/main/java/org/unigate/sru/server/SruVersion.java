package org.unigate.sru.server;

import java.util.Optional;

/**
 * The SRU versions the gateway answers in, and what differs between them on the wire:
 * 1.1 and 1.2 share the ZiNG namespaces; 2.0 (OASIS searchRetrieve 1.0) has its own, with scan
 * responses in a namespace of their own.
 */
public enum SruVersion {
    V1_1("1.1"),
    V1_2("1.2"),
    V2_0("2.0");

    static final String NS_1X = "http://www.loc.gov/zing/srw/";
    static final String DIAG_1X = "http://www.loc.gov/zing/srw/diagnostic/";
    static final String NS_2 = "http://docs.oasis-open.org/ns/search-ws/sruResponse";
    static final String SCAN_2 = "http://docs.oasis-open.org/ns/search-ws/scan";
    static final String DIAG_2 = "http://docs.oasis-open.org/ns/search-ws/diagnostic";
    static final String FACETS_2 = "http://docs.oasis-open.org/ns/search-ws/facetedResults";

    private final String text;

    SruVersion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<SruVersion> of(String text) {
        for (SruVersion v : values()) {
            if (v.text.equals(text == null ? null : text.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public boolean v2() {
        return this == V2_0;
    }

    /** Namespace of searchRetrieve and explain responses. */
    String namespace() {
        return v2() ? NS_2 : NS_1X;
    }

    /** Namespace of scan responses. */
    String scanNamespace() {
        return v2() ? SCAN_2 : NS_1X;
    }

    String diagnosticNamespace() {
        return v2() ? DIAG_2 : DIAG_1X;
    }
}
