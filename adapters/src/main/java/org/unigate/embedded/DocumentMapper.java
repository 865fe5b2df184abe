package org.unigate.embedded;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.unigate.marc.MarcRecord;
import org.unigate.query.StandardIndex;

/** Turns a record into the Lucene document {@link CatalogueSchema} describes. */
final class DocumentMapper {

    private DocumentMapper() {
    }

    static Document toDocument(String localId, MarcRecord record, Instant datestamp) {
        Document doc = new Document();
        doc.add(new StringField(CatalogueSchema.LOCAL_ID, localId, Field.Store.YES));
        addFeedFields(doc, localId, datestamp);
        doc.add(new StoredField(CatalogueSchema.RECORD, StoredRecords.encode(record)));

        RecordTexts texts = RecordTexts.of(record);
        texts.words().forEach((index, values) -> values.forEach(
                v -> doc.add(new TextField(CatalogueSchema.words(index), v, Field.Store.NO))));
        texts.exact().forEach((index, forms) -> addKeywords(doc, index, forms));

        RecordKeys keys = RecordKeys.of(record, localId);
        keys.keys().forEach((index, values) -> {
            addKeywords(doc, index, values);
            if (index != StandardIndex.LANGUAGE) {
                // So a bare "any = 9780198526636" finds the record too.
                values.forEach(v -> doc.add(new TextField(CatalogueSchema.words(StandardIndex.ANY), v, Field.Store.NO)));
            }
        });
        addYears(doc, keys.years());
        addSortKeys(doc, texts, keys.years());
        return doc;
    }

    /** A deleted record: only what the change feed needs, so no search or scan can meet it. */
    static Document tombstone(String localId, Instant datestamp) {
        Document doc = new Document();
        doc.add(new StringField(CatalogueSchema.LOCAL_ID, localId, Field.Store.YES));
        doc.add(new StringField(CatalogueSchema.DELETED, CatalogueSchema.DELETED_YES, Field.Store.NO));
        addFeedFields(doc, localId, datestamp);
        return doc;
    }

    private static void addFeedFields(Document doc, String localId, Instant datestamp) {
        long seconds = datestamp.getEpochSecond();
        doc.add(new LongPoint(CatalogueSchema.DATESTAMP, seconds));
        doc.add(new NumericDocValuesField(CatalogueSchema.DATESTAMP, seconds));
        doc.add(new StoredField(CatalogueSchema.DATESTAMP, seconds));
        doc.add(new SortedDocValuesField(CatalogueSchema.LOCAL_ID_SORT, new BytesRef(localId)));
    }

    private static void addKeywords(Document doc, StandardIndex index, Set<String> values) {
        String field = CatalogueSchema.exact(index);
        values.forEach(v -> doc.add(new StringField(field, v, Field.Store.NO)));
    }

    private static void addYears(Document doc, List<Integer> years) {
        for (int year : years) {
            doc.add(new IntPoint(CatalogueSchema.DATE_POINT, year));
            doc.add(new StringField(CatalogueSchema.exact(StandardIndex.DATE), Integer.toString(year), Field.Store.NO));
            doc.add(new TextField(CatalogueSchema.words(StandardIndex.ANY), Integer.toString(year), Field.Store.NO));
        }
    }

    private static void addSortKeys(Document doc, RecordTexts texts, List<Integer> years) {
        for (Map.Entry<String, String> key : Map.of(
                CatalogueSchema.SORT_TITLE, nullToEmpty(texts.titleSort()),
                CatalogueSchema.SORT_AUTHOR, nullToEmpty(texts.authorSort())).entrySet()) {
            if (!key.getValue().isEmpty()) {
                doc.add(new SortedDocValuesField(key.getKey(), new BytesRef(key.getValue())));
            }
        }
        if (!years.isEmpty()) {
            doc.add(new NumericDocValuesField(CatalogueSchema.SORT_DATE, years.get(0)));
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
