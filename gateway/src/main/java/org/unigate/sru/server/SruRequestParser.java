package org.unigate.sru.server;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unigate.config.SruSettings;
import org.unigate.cql.CqlParser;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.records.RecordFormats;
import org.unigate.sru.SruVersion;

/**
 * Reads SRU parameters into a {@link SruRequest}, or fails with the one diagnostic that answers
 * it. The version comes first (asked for, or 2.0 when a 2.0-only parameter is used, else the
 * configured default), then the operation ({@code operation}, else searchRetrieve for a query,
 * scan for a scanClause, explain otherwise), then every parameter is checked against what that
 * version and operation define. Thread-safe.
 */
public final class SruRequestParser {

    static final Set<String> V2_ONLY = Set.of("queryType", "recordXMLEscaping", "httpAccept", "facetLimit",
            "facetStart", "facetSort", "facetCount", "renderedBy", "responseType");
    private static final Set<String> COMMON = Set.of("operation", "version", "stylesheet", "extraRequestData");
    private static final Set<String> SEARCH = Set.of("query", "startRecord", "maximumRecords", "recordPacking",
            "recordSchema", "resultSetTTL", "sortKeys");
    private static final Set<String> SCAN = Set.of("scanClause", "responsePosition", "maximumTerms");
    private static final Set<String> XML_TYPES = Set.of("application/sru+xml", "text/xml", "application/xml");
    static final String DEFAULT_CONTENT_TYPE = "text/xml";
    static final int DEFAULT_MAXIMUM_TERMS = 20;

    private final SruVersion defaultVersion;
    private final SearchParameters search;
    private final CqlParser cql;
    private final int maxTerms;
    private final int maxQueryLength;

    /**
     * @param maxRecords the most records (and scan terms) one request may ask for
     */
    public SruRequestParser(SruSettings settings, int maxRecords, RecordFormats formats) {
        this.defaultVersion = SruVersion.of(settings.defaultVersion()).orElse(SruVersion.V1_2);
        this.cql = new CqlParser(settings.maxQueryLength(), 64);
        this.search = new SearchParameters(cql, settings, maxRecords, formats);
        this.maxTerms = maxRecords;
        this.maxQueryLength = settings.maxQueryLength();
    }

    public SruVersion defaultVersion() {
        return defaultVersion;
    }

    /**
     * @throws SruFailure with the diagnostic to answer, and the version and operation to answer in
     */
    public SruRequest parse(Map<String, List<String>> parameters) {
        Params early = new Params(parameters, defaultVersion, Operation.SEARCH_RETRIEVE);
        SruVersion version = version(early, parameters.keySet());
        Operation operation = operation(new Params(parameters, version, Operation.SEARCH_RETRIEVE));
        Params p = new Params(parameters, version, operation);
        p.allowOnly(allowed(version, operation));
        SruRequest.Presentation presentation = presentation(p);
        return switch (operation) {
            case EXPLAIN -> new SruRequest.Explain(version, presentation, search.escaped(p));
            case SEARCH_RETRIEVE -> search.read(p, presentation);
            case SCAN -> scan(p, presentation);
        };
    }

    private SruVersion version(Params p, Set<String> names) {
        String asked = p.get("version");
        if (asked != null) {
            return SruVersion.of(asked).orElseThrow(() -> p.fail(Condition.UNSUPPORTED_VERSION, "2.0",
                    "Unsupported version " + asked + ": the gateway speaks 1.1, 1.2 and 2.0"));
        }
        return names.stream().anyMatch(V2_ONLY::contains) ? SruVersion.V2_0 : defaultVersion;
    }

    private static Operation operation(Params p) {
        String named = p.get("operation");
        if (named != null) {
            Operation o = Operation.of(named);
            if (o == null) {
                throw p.fail(Condition.UNSUPPORTED_OPERATION, named);
            }
            return o;
        }
        if (p.has("query") || p.has(SearchParameters.PQF_QUERY)) {
            return Operation.SEARCH_RETRIEVE;
        }
        return p.has("scanClause") || p.has(SearchParameters.PQF_SCAN) ? Operation.SCAN : Operation.EXPLAIN;
    }

    private static Set<String> allowed(SruVersion version, Operation operation) {
        Set<String> names = new HashSet<>(COMMON);
        switch (operation) {
            case EXPLAIN -> names.add("recordPacking");
            case SEARCH_RETRIEVE -> names.addAll(SEARCH);
            case SCAN -> names.addAll(SCAN);
        }
        if (version.v2()) {
            names.addAll(operation == Operation.SEARCH_RETRIEVE ? V2_ONLY : Set.of("httpAccept", "recordXMLEscaping"));
        }
        return names;
    }

    private static SruRequest.Presentation presentation(Params p) {
        String stylesheet = p.get("stylesheet");
        // It goes into a processing instruction's pseudo-attribute: nothing that could close either.
        if (stylesheet != null && (stylesheet.length() > 1024 || !stylesheet.matches("[^\"<>&\\p{Cntrl}\\s?]+"))) {
            throw p.fail(Condition.UNSUPPORTED_STYLESHEET, stylesheet.length() > 200 ? stylesheet.substring(0, 200) : stylesheet);
        }
        String accept = p.get("httpAccept");
        String type = DEFAULT_CONTENT_TYPE;
        if (accept != null) {
            type = List.of(accept.split(",")).stream().map(a -> a.split(";")[0].strip())
                    .filter(a -> XML_TYPES.contains(a) || a.equals("*/*")).findFirst()
                    .map(a -> a.equals("*/*") ? DEFAULT_CONTENT_TYPE : a)
                    .orElseThrow(() -> p.fail(Condition.UNSUPPORTED_PARAMETER_VALUE, "httpAccept",
                            "Unsupported parameter value: httpAccept (responses are " + String.join(", ", XML_TYPES) + ")"));
        }
        return new SruRequest.Presentation(stylesheet, type);
    }

    private SruRequest.Scan scan(Params p, SruRequest.Presentation presentation) {
        String text = p.get("scanClause");
        Query root;
        if (text == null && p.has(SearchParameters.PQF_SCAN)) {
            text = p.get(SearchParameters.PQF_SCAN);
            root = SearchParameters.pqf(text, p, maxQueryLength).root();
        } else if (text == null) {
            throw p.fail(Condition.MANDATORY_PARAMETER_MISSING, "scanClause");
        } else {
            try {
                root = cql.parse(text).root();
            } catch (DiagnosticException e) {
                throw p.fail(e);
            }
        }
        if (!(root instanceof Clause clause)) {
            throw p.fail(Condition.QUERY_SYNTAX_ERROR, text, "Query syntax error: a scanClause is one index, relation and term");
        }
        QueryCheck.scannable(clause, p);
        int position = p.nonNegative("responsePosition", 1);
        int terms = (int) Math.min(maxTerms, p.positive("maximumTerms", DEFAULT_MAXIMUM_TERMS));
        if (position > terms + 1) {
            throw p.fail(Condition.SCAN_POSITION_OUT_OF_RANGE, Integer.toString(position));
        }
        return new SruRequest.Scan(p.version(), presentation, text, clause, position, terms);
    }
}
