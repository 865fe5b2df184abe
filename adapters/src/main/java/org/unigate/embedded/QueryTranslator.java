package org.unigate.embedded;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;

/**
 * Translates the gateway's query tree into a Lucene query over the catalogue. Anything the
 * catalogue cannot answer faithfully raises a {@link DiagnosticException}; result set
 * references are the federation engine's business and are refused here.
 */
final class QueryTranslator {

    /** Bounds on a query tree from an untrusted client. */
    static final int MAX_CLAUSES = 256;
    static final int MAX_DEPTH = 64;

    private final ClauseTranslator clauses;
    private final ProximityTranslator proximity;

    QueryTranslator(Analyzer queryAnalyzer) {
        WordQueries words = new WordQueries(queryAnalyzer);
        this.clauses = new ClauseTranslator(words);
        this.proximity = new ProximityTranslator(clauses, words);
    }

    org.apache.lucene.search.Query translate(Query root) {
        int clauseCount = count(root, 0);
        if (clauseCount > MAX_CLAUSES) {
            throw new DiagnosticException(Condition.TOO_MANY_BOOLEAN_OPERATORS, clauseCount + " clauses");
        }
        return node(root);
    }

    private org.apache.lucene.search.Query node(Query node) {
        if (node instanceof Clause clause) {
            return clauses.translate(clause);
        }
        if (node instanceof ResultSetRef ref) {
            throw new DiagnosticException(Condition.RESULT_SETS_NOT_SUPPORTED, ref.name());
        }
        BooleanQuery b = (BooleanQuery) node;
        if (b.op() == BooleanOp.PROX) {
            return proximity.near(b);
        }
        checkModifiers(b);
        org.apache.lucene.search.Query left = node(b.left());
        org.apache.lucene.search.Query right = node(b.right());
        return switch (b.op()) {
            case AND -> Combine.and(left, right);
            case OR -> Combine.or(left, right);
            case NOT -> Combine.andNot(left, right);
            case PROX -> throw new IllegalStateException("handled above");
        };
    }

    /** Relevance modifiers ({@code rel.*}) only tune ranking and are ignored; others are refused. */
    private static void checkModifiers(BooleanQuery b) {
        for (Modifier m : b.modifiers()) {
            if (!m.name().toLowerCase(Locale.ROOT).startsWith("rel.")) {
                throw new DiagnosticException(Condition.UNSUPPORTED_BOOLEAN_MODIFIER, m.name());
            }
        }
    }

    private static int count(Query node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DiagnosticException(Condition.TOO_MANY_BOOLEAN_OPERATORS, "query nested deeper than " + MAX_DEPTH);
        }
        if (node instanceof BooleanQuery b) {
            return count(b.left(), depth + 1) + count(b.right(), depth + 1);
        }
        return 1;
    }
}
