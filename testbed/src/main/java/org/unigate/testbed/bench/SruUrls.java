package org.unigate.testbed.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The SRU 1.2 requests the load benchmarks send, the same to a member and to the gateway. */
final class SruUrls {

    /** The record schema asked for: what the side-by-side run asked of every system. */
    static final String SCHEMA = "marcxml";

    private SruUrls() {
    }

    static String searchRetrieve(String base, String cql, int startRecord, int maximumRecords) {
        return base + "?version=1.2&operation=searchRetrieve&query=" + URLEncoder.encode(cql, StandardCharsets.UTF_8)
                + "&startRecord=" + startRecord + "&maximumRecords=" + maximumRecords + "&recordSchema=" + SCHEMA;
    }

    static String title(String word) {
        return "dc.title=" + word;
    }
}
