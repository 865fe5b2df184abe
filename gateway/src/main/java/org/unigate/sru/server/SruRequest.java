package org.unigate.sru.server;

import java.util.Map;
import java.util.Objects;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;
import org.unigate.records.RecordFormat;
import org.unigate.sru.SruVersion;

/** A valid SRU request, read and checked: what to do, in which version, and how to present it. */
public sealed interface SruRequest permits SruRequest.Explain, SruRequest.SearchRetrieve, SruRequest.Scan {

    SruVersion version();

    Presentation presentation();

    /**
     * How the response document goes out.
     *
     * @param stylesheet  emitted as an {@code xml-stylesheet} processing instruction; null for none
     * @param contentType the HTTP Content-Type (2.0 {@code httpAccept} may choose among XML types)
     */
    record Presentation(String stylesheet, String contentType) {
        public Presentation {
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /** @param escaped the ZeeRex record goes out as an escaped string, not as XML */
    record Explain(SruVersion version, Presentation presentation, boolean escaped) implements SruRequest {
    }

    /**
     * @param cql         the query as the client wrote it (echoed in nothing but logs)
     * @param startRecord 1-based
     * @param escaped     records as escaped strings (1.x recordPacking=string, 2.0 recordXMLEscaping=string)
     * @param facetLimits 2.0 facet name to the most values wanted; empty = no facets
     */
    record SearchRetrieve(SruVersion version, Presentation presentation, String cql, SearchQuery query,
                          long startRecord, int maximumRecords, RecordFormat schema, boolean escaped,
                          Map<String, Integer> facetLimits) implements SruRequest {
        public SearchRetrieve {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(schema, "schema");
            facetLimits = Map.copyOf(facetLimits);
        }
    }

    /**
     * @param clause           the scanClause's index and start term
     * @param responsePosition where the start term goes in the list (0 = just before it)
     */
    record Scan(SruVersion version, Presentation presentation, String scanClause, Clause clause,
                int responsePosition, int maximumTerms) implements SruRequest {
        public Scan {
            Objects.requireNonNull(clause, "clause");
        }
    }
}
