package org.unigate.embedded;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.StandardIndex;
import org.unigate.query.Terms;

/**
 * Relations on identifier indexes (ISBN, ISSN, LCCN, OCLC, local number, language, identifier).
 * The whole term is one key for {@code = == exact adj}, normalised as {@link Identifiers}
 * normalises the record's; {@code any}/{@code all} take each word as a key.
 */
final class KeyIndexQueries {

    Query translate(StandardIndex index, String relation, SearchTerm term) {
        String field = CatalogueSchema.exact(index);
        return switch (relation) {
            case "=", "==", "exact", "adj" -> key(index, field, term.joinedParts());
            case "any" -> Combine.anyOf(eachWord(index, field, term));
            case "all" -> Combine.allOf(eachWord(index, field, term));
            case "<>" -> Combine.not(key(index, field, term.joinedParts()));
            case "<", "<=", ">", ">=" -> range(index, field, relation, term);
            case "within" -> within(index, field, term);
            default -> throw new DiagnosticException(Condition.UNSUPPORTED_RELATION, relation);
        };
    }

    private static List<Query> eachWord(StandardIndex index, String field, SearchTerm term) {
        List<Query> keys = new ArrayList<>();
        term.words().forEach(w -> keys.add(key(index, field, w.parts())));
        return keys;
    }

    private static Query key(StandardIndex index, String field, List<Terms.Part> parts) {
        boolean masked = parts.stream().anyMatch(p -> !(p instanceof Terms.Literal));
        if (masked) {
            return WordIndexQueries.wildcard(field, WordQueries.pattern(parts, f -> Identifiers.queryKey(index, f)));
        }
        StringBuilder literal = new StringBuilder();
        parts.forEach(p -> literal.append(((Terms.Literal) p).text()));
        String key = Identifiers.queryKey(index, literal.toString());
        return key.isEmpty() ? new MatchNoDocsQuery("no key in the term") : new TermQuery(new Term(field, key));
    }

    private static Query range(StandardIndex index, String field, String relation, SearchTerm term) {
        WordIndexQueries.requireUnmasked(term, relation);
        String key = Identifiers.queryKey(index, term.literal());
        return switch (relation) {
            case "<" -> TermRangeQuery.newStringRange(field, null, key, false, false);
            case "<=" -> TermRangeQuery.newStringRange(field, null, key, false, true);
            case ">" -> TermRangeQuery.newStringRange(field, key, null, false, false);
            default -> TermRangeQuery.newStringRange(field, key, null, true, false);
        };
    }

    private static Query within(StandardIndex index, String field, SearchTerm term) {
        WordIndexQueries.requireUnmasked(term, "within");
        if (term.words().size() != 2) {
            throw new DiagnosticException(Condition.QUERY_SYNTAX_ERROR, "within needs two values: " + term.literal());
        }
        String a = Identifiers.queryKey(index, term.words().get(0).literal());
        String b = Identifiers.queryKey(index, term.words().get(1).literal());
        return a.compareTo(b) <= 0
                ? TermRangeQuery.newStringRange(field, a, b, true, true)
                : TermRangeQuery.newStringRange(field, b, a, true, true);
    }
}
