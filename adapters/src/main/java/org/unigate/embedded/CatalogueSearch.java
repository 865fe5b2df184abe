package org.unigate.embedded;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.SearchQuery;

/** One search against a point-in-time view of the catalogue: translate, run, cut the slice. */
final class CatalogueSearch implements Closeable {

    /** The most records one search returns, and how deep into a result paging may go. */
    static final int MAX_PAGE = 10_000;
    static final int MAX_WINDOW = 100_000;

    private static final Set<String> STORED = Set.of(CatalogueSchema.LOCAL_ID, CatalogueSchema.RECORD);

    private final Analyzer queryAnalyzer;
    private final QueryTranslator translator;

    CatalogueSearch(Analyzer queryAnalyzer) {
        this.queryAnalyzer = queryAnalyzer;
        this.translator = new QueryTranslator(queryAnalyzer);
    }

    CatalogueResult run(IndexReader reader, SearchQuery query, int offset, int count, Duration timeLimit)
            throws IOException {
        if (count > MAX_PAGE) {
            throw new DiagnosticException(Condition.TOO_MANY_RECORDS_REQUESTED, count + " > " + MAX_PAGE);
        }
        if ((long) offset + count > MAX_WINDOW) {
            throw new DiagnosticException(Condition.FIRST_RECORD_OUT_OF_RANGE, "deeper than " + MAX_WINDOW);
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        if (timeLimit != null) {
            searcher.setTimeout(new QueryTimeoutImpl(Math.max(1, timeLimit.toMillis())));
        }
        try {
            Query lucene = CatalogueFeed.withoutTombstones(translator.translate(query.root()));
            Sort sort = SortBuilder.build(query.sortKeys());
            if (count == 0 || offset >= reader.maxDoc()) {
                return new CatalogueResult(searcher.count(lucene), List.of());
            }
            int window = Math.min(offset + count, reader.maxDoc());
            TopDocs top = sort == null
                    ? searcher.search(lucene, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE))
                    : searcher.search(lucene, new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE));
            if (searcher.timedOut()) {
                throw new DiagnosticException(Condition.MEMBER_TIMEOUT, "search took longer than " + timeLimit);
            }
            return new CatalogueResult(top.totalHits.value, slice(searcher.storedFields(), top.scoreDocs, offset));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new DiagnosticException(Condition.UNSUPPORTED_WILDCARD, "a mask matches too many words");
        } catch (TooComplexToDeterminizeException e) {
            throw new DiagnosticException(Condition.UNSUPPORTED_WILDCARD, "the masking pattern is too complex");
        }
    }

    private static List<CatalogueResult.Hit> slice(StoredFields stored, ScoreDoc[] docs, int offset) throws IOException {
        List<CatalogueResult.Hit> hits = new ArrayList<>(Math.max(0, docs.length - offset));
        for (int i = offset; i < docs.length; i++) {
            Document doc = stored.document(docs[i].doc, STORED);
            hits.add(new CatalogueResult.Hit(doc.get(CatalogueSchema.LOCAL_ID),
                    StoredRecords.decode(doc.getBinaryValue(CatalogueSchema.RECORD).bytes)));
        }
        return hits;
    }

    @Override
    public void close() {
        queryAnalyzer.close();
    }
}
