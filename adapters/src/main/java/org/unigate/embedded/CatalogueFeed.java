package org.unigate.embedded;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.marc.MarcRecord;

/**
 * The catalogue read as a change feed: every document, tombstones included, in (datestamp,
 * localId) order. Paging is Lucene's searchAfter on that sort, so a page costs its own size
 * whatever its depth.
 */
final class CatalogueFeed {

    /** The most entries one call lists; a caller wanting more pages on. */
    static final int MAX_LIMIT = 10_000;

    private static final Sort ORDER = new Sort(
            new SortField(CatalogueSchema.DATESTAMP, SortField.Type.LONG),
            new SortField(CatalogueSchema.LOCAL_ID_SORT, SortField.Type.STRING));
    private static final Set<String> STORED =
            Set.of(CatalogueSchema.LOCAL_ID, CatalogueSchema.RECORD, CatalogueSchema.DATESTAMP);

    private CatalogueFeed() {
    }

    static List<FeedEntry<MarcRecord>> changes(IndexSearcher searcher, Instant from, Instant until,
                                               FeedPosition after, int limit) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        if (limit <= 0 || maxDoc == 0) {
            return List.of();
        }
        int n = Math.min(limit, MAX_LIMIT);
        Query range = range(from, until);
        TopDocs top = after == null
                ? searcher.search(range, n, ORDER, false)
                : searcher.searchAfter(strictlyAfter(after, maxDoc), range, n, ORDER, false);
        List<FeedEntry<MarcRecord>> entries = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            entries.add(read(searcher, hit.doc));
        }
        return entries;
    }

    static long count(IndexSearcher searcher, Instant from, Instant until) throws IOException {
        return searcher.count(range(from, until));
    }

    static Optional<FeedEntry<MarcRecord>> entry(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(CatalogueSchema.LOCAL_ID, id)), 1);
        return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(read(searcher, top.scoreDocs[0].doc));
    }

    static Optional<Instant> earliest(IndexSearcher searcher) throws IOException {
        TopDocs top = searcher.search(range(null, null), 1, ORDER, false);
        return top.scoreDocs.length == 0
                ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond((Long) ((FieldDoc) top.scoreDocs[0]).fields[0]));
    }

    /** Tombstones never reach a search: they hold no searchable field, and this keeps out the rest. */
    static Query withoutTombstones(Query query) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(tombstones(), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    static Query tombstones() {
        return new TermQuery(new Term(CatalogueSchema.DELETED, CatalogueSchema.DELETED_YES));
    }

    private static Query range(Instant from, Instant until) {
        long lower = from == null ? Long.MIN_VALUE : from.getEpochSecond() + (from.getNano() > 0 ? 1 : 0);
        // An until inside a second still takes in that second's entries: they are stored truncated.
        long upper = until == null ? Long.MAX_VALUE : until.getEpochSecond();
        return LongPoint.newRangeQuery(CatalogueSchema.DATESTAMP, lower, upper);
    }

    /** The last doc id makes searchAfter skip every document that sorts equal to the position. */
    private static FieldDoc strictlyAfter(FeedPosition after, int maxDoc) {
        return new FieldDoc(maxDoc - 1, Float.NaN,
                new Object[] {after.datestamp().getEpochSecond(), new BytesRef(after.id())});
    }

    private static FeedEntry<MarcRecord> read(IndexSearcher searcher, int doc) throws IOException {
        Document stored = searcher.storedFields().document(doc, STORED);
        String id = stored.get(CatalogueSchema.LOCAL_ID);
        IndexableField seconds = stored.getField(CatalogueSchema.DATESTAMP);
        // Only an index written before datestamps existed lacks one; such records count as very old.
        Instant datestamp = seconds == null ? Instant.EPOCH : Instant.ofEpochSecond(seconds.numericValue().longValue());
        BytesRef record = stored.getBinaryValue(CatalogueSchema.RECORD);
        return record == null
                ? new FeedEntry<>(id, datestamp, true, null)
                : new FeedEntry<>(id, datestamp, false, StoredRecords.decode(record.bytes));
    }
}
