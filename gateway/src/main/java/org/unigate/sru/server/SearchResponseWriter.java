package org.unigate.sru.server;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.unigate.federation.Facet;
import org.unigate.federation.UnionResult;
import org.unigate.sru.SruVersion;
import org.unigate.sru.SruWriter;

/** searchRetrieveResponse documents, and the diagnostic-only responses of failed requests. */
final class SearchResponseWriter {

    static final String EXACT = "info:srw/vocabulary/resultCountPrecision/1/exact";
    static final String ESTIMATE = "info:srw/vocabulary/resultCountPrecision/1/estimate";

    private SearchResponseWriter() {
    }

    static byte[] write(SearchPage page) throws XMLStreamException {
        SruRequest.SearchRetrieve request = page.request();
        SruVersion v = request.version();
        UnionResult result = page.result();
        List<Facet> facets = facets(result.facets(), request.facetLimits());
        SruWriter x = new SruWriter(v, request.presentation().stylesheet());
        if (facets.isEmpty()) {
            x.root(v.namespace(), "searchRetrieveResponse", v.diagnosticNamespace());
        } else {
            x.root(v.namespace(), "searchRetrieveResponse", v.diagnosticNamespace(), SruVersion.FACETS_2);
        }
        x.versionElement();
        x.text("numberOfRecords", page.numberOfRecords());
        x.text("resultSetId", result.id());
        long ttl = Math.max(1, result.ttl().toSeconds());
        if (!v.v2()) {
            x.text("resultSetIdleTime", ttl);
        }
        RecordWriter.records(x, request.schema(), request.escaped(), page.records(), request.startRecord());
        if (page.nextRecordPosition() > 0) {
            x.text("nextRecordPosition", page.nextRecordPosition());
        }
        x.diagnostics(page.diagnostics());
        if (v.v2()) {
            x.text("resultSetTTL", ttl);
            x.text("resultCountPrecision", result.count().exact() ? EXACT : ESTIMATE);
            facets(x, facets);
        }
        return x.finish();
    }

    /**
     * A request that failed as a whole: a scanResponse for scans; otherwise a searchRetrieveResponse
     * with no records (an explainResponse must carry a record, so it cannot carry only a failure).
     * numberOfRecords is 0, never left out, unlike YAZ's 1.2 answers.
     */
    static byte[] failure(SruVersion v, Operation operation, String stylesheet, SruDiagnostic diagnostic)
            throws XMLStreamException {
        SruWriter x = new SruWriter(v, stylesheet);
        if (operation == Operation.SCAN) {
            x.root(v.scanNamespace(), "scanResponse", v.diagnosticNamespace());
            x.versionElement();
        } else {
            x.root(v.namespace(), "searchRetrieveResponse", v.diagnosticNamespace());
            x.versionElement();
            x.text("numberOfRecords", 0);
        }
        x.diagnostics(List.of(diagnostic));
        return x.finish();
    }

    /** The facets asked for by name (or all, for a bare limit), each cut to its limit. */
    static List<Facet> facets(List<Facet> available, Map<String, Integer> limits) {
        if (limits.isEmpty()) {
            return List.of();
        }
        return available.stream()
                .filter(f -> limits.getOrDefault(f.name(), limits.getOrDefault("*", 0)) > 0 && !f.values().isEmpty())
                .map(f -> new Facet(f.name(), f.values().subList(0,
                        Math.min(f.values().size(), limits.getOrDefault(f.name(), limits.getOrDefault("*", 0))))))
                .toList();
    }

    private static void facets(SruWriter x, List<Facet> facets) throws XMLStreamException {
        if (facets.isEmpty()) {
            return;
        }
        String ns = SruVersion.FACETS_2;
        x.start("facetedResults");
        for (Facet f : facets) {
            x.start(ns, "facet");
            x.text(ns, "facetDisplayLabel", f.name());
            x.text(ns, "index", f.name());
            x.start(ns, "terms");
            for (Facet.Value value : f.values()) {
                x.start(ns, "term");
                x.text(ns, "actualTerm", value.value());
                x.text(ns, "count", value.count());
                x.end();
            }
            x.end();
            x.end();
        }
        x.end();
    }
}
