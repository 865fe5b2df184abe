package org.unigate.sru.client;

import java.util.Locale;

/**
 * The SRU versions a member may speak, and what changes between them on the wire: the response
 * namespace, how to ask for records inline as XML, and where sort keys go (SRU 1.1's
 * {@code sortKeys} parameter; CQL {@code sortBy} from 1.2 on).
 */
enum SruVersion {
    V1_1("1.1"),
    V1_2("1.2"),
    V2_0("2.0");

    static final String NS_1 = "http://www.loc.gov/zing/srw/";
    static final String NS_2 = "http://docs.oasis-open.org/ns/search-ws/sruResponse";

    private final String text;

    SruVersion(String text) {
        this.text = text;
    }

    /** The member's configured version; null or blank means 1.2, the most widely deployed. */
    static SruVersion of(String version) {
        if (version == null || version.isBlank()) {
            return V1_2;
        }
        return switch (version.strip().toLowerCase(Locale.ROOT)) {
            case "1.1" -> V1_1;
            case "1.2" -> V1_2;
            case "2", "2.0" -> V2_0;
            default -> throw new IllegalArgumentException("unsupported SRU version " + version + " (1.1, 1.2 or 2.0)");
        };
    }

    String text() {
        return text;
    }

    /** The searchRetrieveResponse namespace a member of this version answers in. */
    String namespace() {
        return this == V2_0 ? NS_2 : NS_1;
    }

    /**
     * Sort keys travel in the {@code sortKeys} parameter only in 1.1. From 1.2 on CQL's
     * {@code sortBy} is the standard, and real servers (YAZ/Zebra) resolve its indexes through
     * their CQL map, while {@code sortKeys} paths reach them unmapped.
     */
    boolean sortInQuery() {
        return this != V1_1;
    }

    /** 2.0 renamed 1.x's {@code recordPacking} (xml|string) to {@code recordXMLEscaping}. */
    String escapingParameter() {
        return this == V2_0 ? "recordXMLEscaping" : "recordPacking";
    }

    /** 2.0 dropped the {@code operation} parameter. */
    boolean sendsOperation() {
        return this != V2_0;
    }
}
