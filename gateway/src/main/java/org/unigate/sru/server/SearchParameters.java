package org.unigate.sru.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unigate.config.SruSettings;
import org.unigate.cql.CqlParser;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.indexmap.IndexMap;
import org.unigate.indexmap.RpnToCql;
import org.unigate.pqf.PqfParser;
import org.unigate.query.Modifier;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;
import org.unigate.records.RecordFormat;
import org.unigate.records.RecordFormats;

/** The searchRetrieve parameters: query, paging, record schema and packing, sort keys, facets. */
final class SearchParameters {

    static final int DEFAULT_MAXIMUM_RECORDS = 10;
    static final String PQF_QUERY = "x-pquery";
    static final String PQF_SCAN = "x-pScanClause";
    private static final int MAX_SORT_KEYS = 8;

    private final CqlParser cql;
    private final SruSettings settings;
    private final int maxRecords;
    private final RecordFormats formats;

    SearchParameters(CqlParser cql, SruSettings settings, int maxRecords, RecordFormats formats) {
        this.cql = cql;
        this.settings = settings;
        this.maxRecords = maxRecords;
        this.formats = formats;
    }

    SruRequest.SearchRetrieve read(Params p, SruRequest.Presentation presentation) {
        SearchQuery query = query(p);
        long start = p.positive("startRecord", 1);
        int maximum = p.nonNegative("maximumRecords", Math.min(DEFAULT_MAXIMUM_RECORDS, maxRecords));
        if (maximum > maxRecords) {
            throw p.fail(Condition.TOO_MANY_RECORDS_REQUESTED, Integer.toString(maxRecords),
                    "Too many records requested: at most " + maxRecords + " per request");
        }
        String schemaName = p.get("recordSchema") == null ? settings.defaultSchema() : p.get("recordSchema");
        RecordFormat schema = formats.find(schemaName)
                .orElseThrow(() -> p.fail(Condition.UNKNOWN_SCHEMA, schemaName));
        boolean escaped = escaped(p);
        if (!schema.xml() && !escaped) {
            throw p.fail(Condition.UNSUPPORTED_RECORD_PACKING, "xml",
                    "Unsupported record packing: " + schema.name() + " records are not XML; ask for "
                            + p.version().packingParameter() + "=string");
        }
        p.nonNegative("resultSetTTL", 0);
        Map<String, Integer> facets = p.version().v2() ? facetLimits(p) : Map.of();
        return new SruRequest.SearchRetrieve(p.version(), presentation, p.get("query"), query, start, maximum,
                schema, escaped, facets);
    }

    private SearchQuery query(Params p) {
        String text = p.get("query");
        if (text == null && p.has(PQF_QUERY)) {
            return withSortKeys(pqf(p.get(PQF_QUERY), p, settings.maxQueryLength()), p);
        }
        if (text == null) {
            throw p.fail(Condition.MANDATORY_PARAMETER_MISSING, "query");
        }
        String type = p.get("queryType");
        if ("pqf".equalsIgnoreCase(type)) {   // what ZOOM sends for a PQF query in 2.0
            return withSortKeys(pqf(text, p, settings.maxQueryLength()), p);
        }
        if (type != null && !type.equalsIgnoreCase("cql")) {
            throw p.fail(Condition.UNSUPPORTED_PARAMETER_VALUE, "queryType",
                    "Unsupported parameter value: queryType " + type + " (cql or pqf)");
        }
        if (text.length() > settings.maxQueryLength()) {
            throw p.fail(Condition.UNSUPPORTED_PARAMETER_VALUE, "query",
                    "Unsupported parameter value: the query is longer than " + settings.maxQueryLength() + " characters");
        }
        SearchQuery query;
        try {
            query = cql.parse(text);
        } catch (DiagnosticException e) {
            throw p.fail(e);
        }
        if (!(query.root() instanceof ResultSetRef)) {
            QueryCheck.check(query.root(), p);
        }
        return withSortKeys(query, p);
    }

    private static SearchQuery withSortKeys(SearchQuery query, Params p) {
        String keys = p.get("sortKeys");
        return keys == null || !query.sortKeys().isEmpty() ? query : query.withSortKeys(sortKeys(keys, p));
    }

    /**
     * YAZ's extension: a PQF query (ZOOM sends one as {@code x-pquery}, a PQF scan term as
     * {@code x-pScanClause}), read through the index map as the Z39.50 front end reads it.
     */
    static SearchQuery pqf(String text, Params p, int maxLength) {
        if (text.length() > maxLength) {
            throw p.fail(Condition.UNSUPPORTED_PARAMETER_VALUE, PQF_QUERY,
                    "Unsupported parameter value: the query is longer than " + maxLength + " characters");
        }
        try {
            return new RpnToCql(IndexMap.defaultMap()).translate(PqfParser.parse(text));
        } catch (DiagnosticException e) {
            throw p.fail(e);
        }
    }

    /** SRU 1.x sortKeys: space-separated {@code path,schema,ascending,caseSensitive,missingValue}. */
    private static List<SortKey> sortKeys(String text, Params p) {
        List<SortKey> keys = new ArrayList<>();
        for (String key : text.strip().split("\\s+")) {
            String[] parts = key.split(",", -1);
            if (parts[0].isEmpty() || parts.length > 5) {
                throw p.fail(Condition.UNSUPPORTED_PARAMETER_VALUE, "sortKeys");
            }
            boolean descending = parts.length > 2 && parts[2].equals("0");
            keys.add(new SortKey(parts[0], descending ? List.of(Modifier.of("sort.descending")) : List.of()));
        }
        if (keys.size() > MAX_SORT_KEYS) {
            throw p.fail(Condition.TOO_MANY_SORT_KEYS, Integer.toString(MAX_SORT_KEYS));
        }
        return keys;
    }

    /** Whether records (or the explain record) go out as escaped strings rather than XML. */
    boolean escaped(Params p) {
        String packing = p.get("recordPacking");
        if (!p.version().v2()) {
            return packing(packing, p);
        }
        String escaping = p.get("recordXMLEscaping");
        if (escaping != null) {
            if (packing != null && !packing.equals("packed")) {
                throw p.fail(Condition.UNSUPPORTED_RECORD_PACKING, packing);
            }
            return packing(escaping, p);
        }
        // 1.x clients talking 2.0 still say recordPacking=xml|string; read it as they mean it.
        return packing != null && !packing.equals("packed") && packing(packing, p);
    }

    private static boolean packing(String value, Params p) {
        if (value == null || value.equals("xml")) {
            return false;
        }
        if (value.equals("string")) {
            return true;
        }
        throw p.fail(Condition.UNSUPPORTED_RECORD_PACKING, value);
    }

    /** 2.0 facetLimit: {@code count:index} pairs, comma-separated; a bare count applies to every facet. */
    private static Map<String, Integer> facetLimits(Params p) {
        String text = p.get("facetLimit");
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String item : text.split(",")) {
            String[] parts = item.strip().split(":", 2);
            if (!parts[0].matches("\\d{1,4}")) {
                throw p.fail(Condition.UNSUPPORTED_PARAMETER_VALUE, "facetLimit");
            }
            String name = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "*";
            out.put(name, Integer.parseInt(parts[0]));
        }
        return out;
    }
}
