package org.unigate.embedded;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.feed.ChangeFeed;
import org.unigate.feed.FeedEntry;
import org.unigate.feed.FeedPosition;
import org.unigate.feed.LocalCatalogue;
import org.unigate.marc.MarcRecord;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanTerm;
import org.unigate.query.SearchQuery;

/**
 * A library catalogue held in a Lucene index, in memory or in a folder that outlives the
 * process (as an OAI harvester's member index does). Records are kept exactly as loaded and
 * found through the gateway's query tree; see {@link CatalogueSchema} for what is indexed.
 * Thread-safe. Writes become visible to searches at {@link #refresh()} or {@link #commit()}
 * ({@link #load} refreshes by itself); {@link #commit()} also makes them durable on disk.
 *
 * <p>It is also a {@link ChangeFeed}: every record carries a datestamp (to the second), and a
 * deleted record stays behind as a tombstone that only the feed sees. A harvester keeps its
 * progress in the commit data ({@link #commit(Map)}), so records and progress are durable
 * together or not at all.
 */
public final class EmbeddedCatalogue implements Closeable, LocalCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCatalogue.class);

    private final Directory directory;
    private final Analyzer indexAnalyzer = new CatalogueAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Ids handed out by {@link #load}, to give repeated 001s ids of their own. */
    private final Set<String> loadedIds = new HashSet<>();
    private final CatalogueSearch search = new CatalogueSearch(new CatalogueAnalyzer());
    private volatile Map<String, String> commitData;

    private EmbeddedCatalogue(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(32);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.commitData = lastCommitData(writer);
    }

    private static Map<String, String> lastCommitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return Map.copyOf(data);
    }

    /** An empty catalogue in memory. */
    public static EmbeddedCatalogue inMemory() throws IOException {
        return new EmbeddedCatalogue(new ByteBuffersDirectory());
    }

    /** The catalogue kept in {@code folder}: reopened if it holds one, created otherwise. */
    public static EmbeddedCatalogue onDisk(Path folder) throws IOException {
        return new EmbeddedCatalogue(FSDirectory.open(folder));
    }

    /**
     * Adds every record of the stream (keyed by 001, or by a digest of the record when it has
     * none) and makes them searchable. Records repeating an 001 loaded before are all kept, the
     * repeats under {@code <001>~2}, {@code ~3}, ... in file order: every record needs an id of
     * its own, or OAI-PMH would list one identifier twice. Entries that hold
     * no readable field, or that Lucene refuses, are skipped (and logged). Returns how many
     * records were added.
     */
    public synchronized long load(Stream<MarcRecord> records) throws IOException {
        long added = 0;
        Instant loaded = Datestamps.seconds(Instant.now());
        Iterator<MarcRecord> it = records.iterator();
        try {
            while (it.hasNext()) {
                MarcRecord record = it.next();
                Instant datestamp = Datestamps.latestTransaction(record).orElse(loaded);
                if (!record.fields().isEmpty() && add(record, datestamp)) {
                    added++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        refresh();
        return added;
    }

    /** One bad record (Lucene refuses, say, an immense term) must not cost the rest of the file. */
    private boolean add(MarcRecord record, Instant datestamp) throws IOException {
        String base = LocalIds.of(record);
        String id = base;
        for (int n = 2; !loadedIds.add(id); n++) {
            id = base + "~" + n;
        }
        try {
            writer.addDocument(DocumentMapper.toDocument(id, record, datestamp));
            return true;
        } catch (IllegalArgumentException e) {
            LOG.warn("record {} not indexed: {}", id, e.getMessage());
            return false;
        }
    }

    /** Loads the records at a location (file, folder or a provider's scheme). */
    public long load(String location, RecordSources sources) throws IOException {
        try (Stream<MarcRecord> records = sources.open(location)) {
            return load(records);
        }
    }

    /** Adds the record under {@code localId}, datestamped now, replacing any record held under it. */
    public void put(String localId, MarcRecord record) throws IOException {
        put(localId, record, Instant.now());
    }

    /**
     * Adds the record under {@code localId} as changed at {@code datestamp} (kept to the second),
     * replacing any record or tombstone held under it.
     */
    @Override
    public void put(String localId, MarcRecord record, Instant datestamp) throws IOException {
        Objects.requireNonNull(localId, "localId");
        Document doc = DocumentMapper.toDocument(localId, record, Datestamps.seconds(datestamp));
        writer.updateDocument(new Term(CatalogueSchema.LOCAL_ID, localId), doc);
    }

    /** Deletes the records held under {@code localId} now, leaving a tombstone. */
    public void delete(String localId) throws IOException {
        delete(localId, Instant.now());
    }

    /**
     * Replaces whatever is held under {@code localId} by a tombstone dated {@code datestamp}:
     * gone for searches, listed as deleted by the change feed (deletedRecord "persistent").
     */
    @Override
    public void delete(String localId, Instant datestamp) throws IOException {
        Objects.requireNonNull(localId, "localId");
        writer.updateDocument(new Term(CatalogueSchema.LOCAL_ID, localId),
                DocumentMapper.tombstone(localId, Datestamps.seconds(datestamp)));
    }

    /** Makes writes since the last refresh visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes writes durable and visible; the commit data stays as it was. */
    public synchronized void commit() throws IOException {
        writer.commit();
        refresh();
    }

    /**
     * Makes writes durable and visible together with {@code userData} (replacing the previous
     * commit data): a crash leaves either both or neither.
     */
    @Override
    public synchronized void commit(Map<String, String> userData) throws IOException {
        Map<String, String> copy = Map.copyOf(userData);
        writer.setLiveCommitData(copy.entrySet());
        writer.commit();
        commitData = copy;
        refresh();
    }

    /** The commit data of the latest {@link #commit(Map)}, kept across restarts; empty if none. */
    @Override
    public Map<String, String> commitData() {
        return commitData;
    }

    /** How many records searches see (tombstones are not records). */
    public int size() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs() - searcher.count(CatalogueFeed.tombstones()));
    }

    /** The record held under {@code localId}, as searches see it. */
    public Optional<MarcRecord> get(String localId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(CatalogueFeed.withoutTombstones(
                    new TermQuery(new Term(CatalogueSchema.LOCAL_ID, localId))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
            return Optional.of(StoredRecords.decode(doc.getBinaryValue(CatalogueSchema.RECORD).bytes));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Runs a search and returns the hit count and the records {@code offset .. offset+count-1}.
     *
     * @throws org.unigate.diag.DiagnosticException when the query cannot be answered as asked
     */
    public CatalogueResult search(SearchQuery query, int offset, int count, Duration timeLimit) throws IOException {
        return withSearcher(searcher -> search.run(searcher.getIndexReader(), query, offset, count, timeLimit));
    }

    public CatalogueResult search(SearchQuery query, int offset, int count) throws IOException {
        return search(query, offset, count, null);
    }

    /**
     * Browses the headings of the title, author or subject index around a start term: up to
     * {@code position - 1} headings before it, then the rest from the first heading at or after it.
     *
     * @throws org.unigate.diag.DiagnosticException for an index that cannot be scanned
     */
    public List<ScanTerm> scan(ScanRequest request) throws IOException {
        return withSearcher(searcher -> CatalogueScan.run(searcher.getIndexReader(), request));
    }

    @Override
    public List<FeedEntry<MarcRecord>> changes(Instant from, Instant until, FeedPosition after, int limit)
            throws IOException {
        return withSearcher(searcher -> CatalogueFeed.changes(searcher, from, until, after, limit));
    }

    @Override
    public long count(Instant from, Instant until) throws IOException {
        return withSearcher(searcher -> CatalogueFeed.count(searcher, from, until));
    }

    @Override
    public Optional<FeedEntry<MarcRecord>> entry(String id) throws IOException {
        return withSearcher(searcher -> CatalogueFeed.entry(searcher, id));
    }

    @Override
    public Optional<Instant> earliestDatestamp() throws IOException {
        return withSearcher(searcher -> CatalogueFeed.earliest(searcher));
    }

    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Commits (so an on-disk catalogue keeps its records) and releases the index. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
            indexAnalyzer.close();
            search.close();
        }
    }
}
