package org.unigate.sru.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unigate.sru.SruVersion;

/**
 * Builds searchRetrieve requests for one member: its version, record schema and base URL, the
 * slice asked for ({@code startRecord} is 1-based), and XML records inline rather than escaped
 * as strings. Immutable and thread-safe.
 */
final class SruRequestBuilder {

    /** The schema asked for when a member names none. */
    static final String DEFAULT_SCHEMA = "marcxml";

    private final String baseUrl;
    private final SruVersion version;
    private final String recordSchema;
    private final int maxUrlLength;

    SruRequestBuilder(String baseUrl, SruVersion version, String recordSchema, int maxUrlLength) {
        this.baseUrl = baseUrl;
        this.version = version;
        this.recordSchema = recordSchema == null || recordSchema.isBlank() ? DEFAULT_SCHEMA : recordSchema.strip();
        this.maxUrlLength = maxUrlLength;
    }

    SruRequest searchRetrieve(SruQueryMapper.MemberQuery query, int offset, int count) {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        if (version.sendsOperation()) {
            p.add(Map.entry("operation", "searchRetrieve"));
        }
        p.add(Map.entry("version", version.text()));
        p.add(Map.entry("query", query.cql()));
        p.add(Map.entry("startRecord", Long.toString(offset + 1L)));
        p.add(Map.entry("maximumRecords", Integer.toString(count)));
        p.add(Map.entry("recordSchema", recordSchema));
        p.add(Map.entry(version.packingParameter(), "xml"));
        if (query.sortKeys() != null) {
            p.add(Map.entry("sortKeys", query.sortKeys()));
        }
        String url = baseUrl + separator() + SruRequest.encode(p);
        return url.length() <= maxUrlLength ? new SruRequest(false, url, p) : new SruRequest(true, baseUrl, p);
    }

    /** Base URLs may carry their own parameters (an API key, a database). */
    private String separator() {
        if (baseUrl.endsWith("?") || baseUrl.endsWith("&")) {
            return "";
        }
        return baseUrl.indexOf('?') < 0 ? "?" : "&";
    }
}
