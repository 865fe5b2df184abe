package org.unigate.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;

/**
 * CQL {@code prox} as Lucene span queries. Modifiers: {@code unit=word} (the only unit an
 * index of words has), {@code distance} with {@code <}, {@code <=} or {@code =1} (default
 * {@code <=1}, i.e. adjacent, as YAZ assumes), {@code ordered} or {@code unordered} (default).
 * Operands are word clauses on one word index ({@code = all adj} as phrases, {@code any} as
 * alternatives), {@code or} of such, or nested {@code prox}.
 */
final class ProximityTranslator {

    private static final int MAX_DISTANCE = 1000;

    private final ClauseTranslator clauses;
    private final WordQueries words;

    ProximityTranslator(ClauseTranslator clauses, WordQueries words) {
        this.clauses = clauses;
        this.words = words;
    }

    SpanQuery near(BooleanQuery prox) {
        int slop = 0;
        boolean ordered = false;
        for (Modifier m : prox.modifiers()) {
            switch (m.baseName()) {
                case "unit" -> requireWordUnit(m);
                case "distance" -> slop = slop(m);
                case "ordered" -> ordered = true;
                case "unordered" -> ordered = false;
                default -> throw new DiagnosticException(Condition.UNSUPPORTED_BOOLEAN_MODIFIER, m.name());
            }
        }
        SpanQuery left = span(prox.left());
        SpanQuery right = span(prox.right());
        requireSameField(left, right);
        return new SpanNearQuery(new SpanQuery[] {left, right}, slop, ordered);
    }

    private SpanQuery span(Query node) {
        if (node instanceof Clause clause) {
            return span(clause);
        }
        if (node instanceof BooleanQuery b && b.op() == BooleanOp.PROX) {
            return near(b);
        }
        if (node instanceof BooleanQuery b && b.op() == BooleanOp.OR && b.modifiers().isEmpty()) {
            SpanQuery left = span(b.left());
            SpanQuery right = span(b.right());
            requireSameField(left, right);
            return new SpanOrQuery(left, right);
        }
        throw new DiagnosticException(Condition.QUERY_FEATURE_UNSUPPORTED,
                "proximity operands must be word searches, or of them, or prox");
    }

    private SpanQuery span(Clause clause) {
        ClauseTranslator.Resolved r = clauses.resolve(clause);
        if (CatalogueSchema.kind(r.index()) != CatalogueSchema.Kind.WORDS || r.term().anchored()) {
            throw new DiagnosticException(Condition.QUERY_FEATURE_UNSUPPORTED,
                    "proximity needs word searches: " + clause.index());
        }
        String field = CatalogueSchema.words(r.index());
        List<SpanQuery> spans = new ArrayList<>();
        for (SearchTerm.Word word : r.term().words()) {
            SpanQuery span = words.spanWord(field, word);
            if (span != null) {
                spans.add(span);
            }
        }
        if (spans.isEmpty()) {
            throw new DiagnosticException(Condition.EMPTY_TERM, "no searchable words in " + clause.term());
        }
        return switch (r.relation()) {
            case "=", "all", "adj" -> WordQueries.inOrder(spans);
            case "any" -> spans.size() == 1 ? spans.get(0) : new SpanOrQuery(spans.toArray(SpanQuery[]::new));
            default -> throw new DiagnosticException(Condition.QUERY_FEATURE_UNSUPPORTED,
                    "relation " + r.relation() + " inside proximity");
        };
    }

    private static void requireWordUnit(Modifier m) {
        if (m.value() == null || !m.value().toLowerCase(Locale.ROOT).equals("word")) {
            throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_UNIT, String.valueOf(m.value()));
        }
    }

    /** Word distance d counts positions, so adjacent words are 1 apart: slop is d - 1. */
    private static int slop(Modifier m) {
        int distance;
        try {
            distance = Integer.parseInt(String.valueOf(m.value()).strip());
        } catch (NumberFormatException e) {
            throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_DISTANCE, String.valueOf(m.value()));
        }
        int slop = switch (String.valueOf(m.comparison())) {
            case "<=" -> distance - 1;
            case "<" -> distance - 2;
            case "=" -> distance == 1 ? 0 : -1;
            default -> throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_RELATION, m.comparison());
        };
        if (slop < 0 || distance > MAX_DISTANCE) {
            throw new DiagnosticException(Condition.UNSUPPORTED_PROXIMITY_DISTANCE, m.comparison() + distance);
        }
        return slop;
    }

    private static void requireSameField(SpanQuery left, SpanQuery right) {
        if (!left.getField().equals(right.getField())) {
            throw new DiagnosticException(Condition.QUERY_FEATURE_UNSUPPORTED,
                    "proximity across different indexes: " + left.getField() + ", " + right.getField());
        }
    }
}
