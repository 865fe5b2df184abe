package org.unigate.embedded;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 */
public final class EmbeddedCatalogue implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCatalogue.class);

    private final Directory directory;
    private final Analyzer indexAnalyzer = new CatalogueAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CatalogueSearch search = new CatalogueSearch(new CatalogueAnalyzer());

    private EmbeddedCatalogue(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(32);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
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
     * none; records repeating an 001 are all kept) and makes them searchable. Entries that hold
     * no readable field, or that Lucene refuses, are skipped (and logged). Returns how many
     * records were added.
     */
    public long load(Stream<MarcRecord> records) throws IOException {
        long added = 0;
        Iterator<MarcRecord> it = records.iterator();
        try {
            while (it.hasNext()) {
                MarcRecord record = it.next();
                if (!record.fields().isEmpty() && add(record)) {
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
    private boolean add(MarcRecord record) throws IOException {
        String id = LocalIds.of(record);
        try {
            writer.addDocument(DocumentMapper.toDocument(id, record));
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

    /** Adds the record under {@code localId}, replacing any record held under it. */
    public void put(String localId, MarcRecord record) throws IOException {
        Objects.requireNonNull(localId, "localId");
        Document doc = DocumentMapper.toDocument(localId, record);
        writer.updateDocument(new Term(CatalogueSchema.LOCAL_ID, localId), doc);
    }

    /** Removes the records held under {@code localId}. */
    public void delete(String localId) throws IOException {
        writer.deleteDocuments(new Term(CatalogueSchema.LOCAL_ID, localId));
    }

    /** Makes writes since the last refresh visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes writes durable and visible. */
    public void commit() throws IOException {
        writer.commit();
        refresh();
    }

    /** How many records searches see. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The record held under {@code localId}, as searches see it. */
    public Optional<MarcRecord> get(String localId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(CatalogueSchema.LOCAL_ID, localId)), 1);
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
        IndexSearcher searcher = searchers.acquire();
        try {
            return search.run(searcher.getIndexReader(), query, offset, count, timeLimit);
        } finally {
            searchers.release(searcher);
        }
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
        IndexSearcher searcher = searchers.acquire();
        try {
            return CatalogueScan.run(searcher.getIndexReader(), request);
        } finally {
            searchers.release(searcher);
        }
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
