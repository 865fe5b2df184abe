package org.unigate.embedded;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Operations;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.StandardIndex;

/**
 * Relations on word indexes (title, author, subject, publisher, any). {@code =} and {@code all}
 * need every word, anywhere in the index and in any order (CQL leaves multi-word {@code =} to
 * the server; all-words is the usual catalogue choice); {@code any} needs one; {@code adj}
 * needs the words as a phrase. {@code ==} and {@code exact} compare a whole field value in
 * {@link ExactForms} form, ordering relations compare those forms as strings. A {@code ^}
 * anchors the term to the start and/or end of a field value.
 */
final class WordIndexQueries {

    private final WordQueries words;

    WordIndexQueries(WordQueries words) {
        this.words = words;
    }

    Query translate(StandardIndex index, String relation, SearchTerm term) {
        String field = CatalogueSchema.words(index);
        String exactField = CatalogueSchema.exact(index);
        if (term.anchored() && List.of("=", "all", "any", "adj").contains(relation)) {
            return anchored(exactField, term);
        }
        return switch (relation) {
            case "=", "all" -> Combine.allOf(eachWord(field, term));
            case "any" -> Combine.anyOf(eachWord(field, term));
            case "adj" -> phrase(field, term);
            case "==", "exact" -> exact(exactField, term);
            case "<>" -> Combine.not(exact(exactField, term));
            case "<", "<=", ">", ">=" -> range(exactField, relation, term);
            case "within" -> within(exactField, term);
            default -> throw new DiagnosticException(Condition.UNSUPPORTED_RELATION, relation);
        };
    }

    private List<Query> eachWord(String field, SearchTerm term) {
        List<Query> queries = new ArrayList<>();
        term.words().forEach(w -> queries.add(words.word(field, w)));
        return queries;
    }

    private Query phrase(String field, SearchTerm term) {
        if (!term.masked()) {
            Query phrase = words.phrase(field, words.analyze(field, term.literal()));
            return phrase == null ? new MatchNoDocsQuery("the term has no searchable words") : phrase;
        }
        List<SpanQuery> spans = new ArrayList<>();
        term.words().forEach(w -> {
            SpanQuery span = words.spanWord(field, w);
            if (span != null) {
                spans.add(span);
            }
        });
        SpanQuery near = WordQueries.inOrder(spans);
        return near == null ? new MatchNoDocsQuery("the term has no searchable words") : near;
    }

    private static Query exact(String exactField, SearchTerm term) {
        if (!term.masked()) {
            return new TermQuery(new Term(exactField, ExactForms.of(term.literal())));
        }
        return wildcard(exactField, body(term));
    }

    /**
     * A term anchored at one end matches values that start (or end) with it at a word boundary:
     * the unanchored side may be the value's edge or a space followed by more words.
     */
    private static Query anchored(String exactField, SearchTerm term) {
        String body = body(term);
        List<String> before = term.anchoredStart() ? List.of("") : List.of("", "* ");
        List<String> after = term.anchoredEnd() ? List.of("") : List.of("", " *");
        List<Query> variants = new ArrayList<>();
        for (String b : before) {
            for (String a : after) {
                String pattern = b + body + a;
                variants.add(pattern.equals(body) && !term.masked()
                        ? new TermQuery(new Term(exactField, ExactForms.of(term.literal())))
                        : wildcard(exactField, pattern));
            }
        }
        return Combine.anyOf(variants);
    }

    /** The term as a wildcard pattern over exact forms: words folded and squeezed, masks kept. */
    private static String body(SearchTerm term) {
        List<String> parts = new ArrayList<>();
        for (SearchTerm.Word word : term.words()) {
            parts.add(WordQueries.pattern(word.parts(), ExactForms::fragment));
        }
        return String.join(" ", parts).replaceAll(" {2,}", " ").strip();
    }

    private static Query range(String exactField, String relation, SearchTerm term) {
        requireUnmasked(term, relation);
        String value = ExactForms.of(term.literal());
        return switch (relation) {
            case "<" -> TermRangeQuery.newStringRange(exactField, null, value, false, false);
            case "<=" -> TermRangeQuery.newStringRange(exactField, null, value, false, true);
            case ">" -> TermRangeQuery.newStringRange(exactField, value, null, false, false);
            default -> TermRangeQuery.newStringRange(exactField, value, null, true, false);
        };
    }

    private static Query within(String exactField, SearchTerm term) {
        requireUnmasked(term, "within");
        if (term.words().size() != 2) {
            throw new DiagnosticException(Condition.QUERY_SYNTAX_ERROR, "within needs two values: " + term.literal());
        }
        String low = ExactForms.of(term.words().get(0).literal());
        String high = ExactForms.of(term.words().get(1).literal());
        if (low.compareTo(high) > 0) {
            String swap = low;
            low = high;
            high = swap;
        }
        return TermRangeQuery.newStringRange(exactField, low, high, true, true);
    }

    static void requireUnmasked(SearchTerm term, String relation) {
        if (term.masked()) {
            throw new DiagnosticException(Condition.UNSUPPORTED_WILDCARD, "masks cannot be used with " + relation);
        }
    }

    static Query wildcard(String field, String pattern) {
        return new WildcardQuery(new Term(field, pattern), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }
}
