package org.unigate.embedded;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanTerm;
import org.unigate.query.StandardIndex;

/**
 * Browses the whole-value ({@code .exact}) field of the title, author or subject index: the
 * headings as {@link ExactForms} keeps them, in the index's own (code point) order, each with the
 * number of live records filed under it. Lucene's term dictionary only runs forward, so the
 * terms before the start point are found by one pass from the first term, keeping just the last
 * few: the cost grows with the position of the start term, never with memory.
 */
final class CatalogueScan {

    /** The indexes a client can browse: the ones with headings worth listing. */
    static final Set<StandardIndex> SCANNABLE = Set.of(StandardIndex.TITLE, StandardIndex.AUTHOR, StandardIndex.SUBJECT);

    /** The most terms one scan returns, whatever was asked. */
    static final int MAX_TERMS = 1_000;

    private CatalogueScan() {
    }

    static List<ScanTerm> run(IndexReader reader, ScanRequest request) throws IOException {
        StandardIndex index = StandardIndex.of(request.index());
        if (!SCANNABLE.contains(index)) {
            throw new DiagnosticException(Condition.UNSUPPORTED_INDEX, request.index() + " cannot be scanned");
        }
        if (request.count() > MAX_TERMS) {
            throw new DiagnosticException(Condition.TOO_MANY_SCAN_TERMS, request.count() + " > " + MAX_TERMS);
        }
        Terms terms = MultiTerms.getTerms(reader, CatalogueSchema.exact(index));
        if (terms == null) {
            return List.of();
        }
        Bits live = MultiBits.getLiveDocs(reader);
        BytesRef start = new BytesRef(ExactForms.of(request.startTerm()));
        int wantedBefore = Math.max(0, request.position() - 1);
        int wantedFrom = request.count() - Math.min(wantedBefore, request.count());

        TermsEnum it = terms.iterator();
        Deque<ScanTerm> before = new ArrayDeque<>();
        BytesRef current;
        if (wantedBefore == 0) {
            current = it.seekCeil(start) == TermsEnum.SeekStatus.END ? null : it.term();
        } else {
            current = it.next();
            while (current != null && current.compareTo(start) < 0) {
                keepLast(before, entry(it, current, live), wantedBefore);
                current = it.next();
            }
        }
        List<ScanTerm> out = new ArrayList<>(before);
        int from = 0;
        while (current != null && from < wantedFrom) {
            ScanTerm term = entry(it, current, live);
            if (term != null) {
                out.add(term);
                from++;
            }
            current = it.next();
        }
        return out;
    }

    private static void keepLast(Deque<ScanTerm> window, ScanTerm term, int size) {
        if (term == null) {
            return;
        }
        window.addLast(term);
        if (window.size() > size) {
            window.removeFirst();
        }
    }

    /** The term with its live record count, or null if every record under it was deleted. */
    private static ScanTerm entry(TermsEnum it, BytesRef term, Bits live) throws IOException {
        long count;
        if (live == null) {
            count = it.docFreq();
        } else {
            count = 0;
            PostingsEnum docs = it.postings(null, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live.get(doc)) {
                    count++;
                }
            }
        }
        if (count == 0) {
            return null;
        }
        String text = term.utf8ToString();
        return new ScanTerm(text, text, count);
    }
}
