package org.unigate.indexmap;

import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;

/**
 * Translates a Type-1 query to the gateway's query tree with a mapping: each term's attributes
 * are explained by the best-matching index, relation, position and truncation lines
 * ({@link AttributesToClause}); truncation and masking come back as {@code *}/{@code ?} in the term.
 * AND_NOT becomes NOT, proximity becomes {@code prox} with unit/distance/ordered modifiers, and a
 * result set becomes a {@link ResultSetRef}. A Use attribute the map cannot name gives
 * {@code UNSUPPORTED_INDEX} with the attribute ({@code 1=9999}) as details. Thread-safe.
 */
public final class RpnToCql {

    /** Deeper trees are refused with {@code TOO_MANY_BOOLEAN_OPERATORS}. */
    public static final int MAX_DEPTH = 1_024;

    private final AttributesToClause clauses;

    public RpnToCql(IndexMap map) {
        this.clauses = new AttributesToClause(map);
    }

    public SearchQuery translate(RpnQuery query) {
        return SearchQuery.of(node(query.root(), query.attributeSet(), 0));
    }

    private Query node(RpnNode node, AttributeSet querySet, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DiagnosticException(Condition.TOO_MANY_BOOLEAN_OPERATORS, "nested deeper than " + MAX_DEPTH);
        }
        if (node instanceof AttributesPlusTerm apt) {
            return clauses.translate(apt, querySet);
        }
        if (node instanceof ResultSetId set) {
            return new ResultSetRef(set.name());
        }
        RpnOperation op = (RpnOperation) node;
        Query left = node(op.left(), querySet, depth + 1);
        Query right = node(op.right(), querySet, depth + 1);
        return switch (op.op()) {
            case AND -> BooleanQuery.of(BooleanOp.AND, left, right);
            case OR -> BooleanQuery.of(BooleanOp.OR, left, right);
            case AND_NOT -> BooleanQuery.of(BooleanOp.NOT, left, right);
            case PROX -> new BooleanQuery(BooleanOp.PROX, left, right, ProximityModifiers.toModifiers(op.proximity()));
        };
    }
}
