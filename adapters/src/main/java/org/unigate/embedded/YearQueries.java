package org.unigate.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.Query;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.StandardIndex;

/**
 * Relations on the date index, compared as publication years: a term is a year, or an ISO date
 * whose year counts ({@code 1998-05-01}). {@code within} takes two years, both included.
 * Masked years ({@code 199?}) match the year's digits.
 */
final class YearQueries {

    private static final Pattern YEAR = Pattern.compile("(\\d{1,4})(?:-\\d{1,2}(?:-\\d{1,2})?)?");

    Query translate(String relation, SearchTerm term) {
        String field = CatalogueSchema.DATE_POINT;
        if (term.masked()) {
            if (!List.of("=", "==", "exact", "adj").contains(relation)) {
                WordIndexQueries.requireUnmasked(term, relation);
            }
            String pattern = WordQueries.pattern(term.joinedParts(), f -> f.replaceAll("\\D", ""));
            return WordIndexQueries.wildcard(CatalogueSchema.exact(StandardIndex.DATE), pattern);
        }
        return switch (relation) {
            case "=", "==", "exact", "adj" -> IntPoint.newExactQuery(field, single(term));
            case "<>" -> Combine.not(IntPoint.newExactQuery(field, single(term)));
            case "any" -> Combine.anyOf(eachYear(term));
            case "all" -> Combine.allOf(eachYear(term));
            case "<" -> IntPoint.newRangeQuery(field, Integer.MIN_VALUE, single(term) - 1);
            case "<=" -> IntPoint.newRangeQuery(field, Integer.MIN_VALUE, single(term));
            case ">" -> IntPoint.newRangeQuery(field, single(term) + 1, Integer.MAX_VALUE);
            case ">=" -> IntPoint.newRangeQuery(field, single(term), Integer.MAX_VALUE);
            case "within" -> within(term);
            default -> throw new DiagnosticException(Condition.UNSUPPORTED_RELATION, relation);
        };
    }

    private static List<Query> eachYear(SearchTerm term) {
        List<Query> years = new ArrayList<>();
        term.words().forEach(w -> years.add(IntPoint.newExactQuery(CatalogueSchema.DATE_POINT, year(w.literal()))));
        return years;
    }

    private static Query within(SearchTerm term) {
        if (term.words().size() != 2) {
            throw new DiagnosticException(Condition.QUERY_SYNTAX_ERROR, "within needs two years: " + term.literal());
        }
        int a = year(term.words().get(0).literal());
        int b = year(term.words().get(1).literal());
        return IntPoint.newRangeQuery(CatalogueSchema.DATE_POINT, Math.min(a, b), Math.max(a, b));
    }

    private static int single(SearchTerm term) {
        if (term.words().size() != 1) {
            throw new DiagnosticException(Condition.QUERY_SYNTAX_ERROR, "expected one year: " + term.literal());
        }
        return year(term.words().get(0).literal());
    }

    static int year(String text) {
        Matcher m = YEAR.matcher(text.strip());
        if (!m.matches()) {
            throw new DiagnosticException(Condition.QUERY_SYNTAX_ERROR, "not a year: " + text);
        }
        return Integer.parseInt(m.group(1));
    }
}
