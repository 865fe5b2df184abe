package org.unigate.indexmap;

import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.Proximity;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;

/**
 * Translates the gateway's query tree to a Type-1 query the way YAZ's cql2pqf does with the same
 * mapping file: same attributes, in the order yaz-client sends them, and the same diagnostics
 * ({@code UNSUPPORTED_INDEX} with the index as written, {@code UNSUPPORTED_RELATION},
 * {@code UNSUPPORTED_RELATION_MODIFIER}, {@code UNSUPPORTED_CONTEXT_SET}, {@code UNSUPPORTED_WILDCARD}
 * when masks need {@code truncation.z3958} and the map has none, proximity and boolean-modifier
 * conditions). Sort keys are not part of a Type-1 query and are left to the caller. Two deliberate
 * differences: {@code cql.resultSetId} becomes {@code @set} (YAZ knows only {@code cql.resultSet}
 * of CQL 1.1), and a term's trailing spaces under {@code all}/{@code any} make no empty word.
 * Thread-safe.
 */
public final class CqlToRpn {

    /** Deeper trees are refused with {@code TOO_MANY_BOOLEAN_OPERATORS}. */
    public static final int MAX_DEPTH = 1_024;

    private final ClauseToRpn clauses;

    public CqlToRpn(IndexMap map) {
        this.clauses = new ClauseToRpn(map);
    }

    public RpnQuery translate(SearchQuery query) {
        return translate(query.root());
    }

    public RpnQuery translate(Query query) {
        return new RpnQuery(AttributeSet.BIB1, node(query, 0));
    }

    private RpnNode node(Query query, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DiagnosticException(Condition.TOO_MANY_BOOLEAN_OPERATORS, "nested deeper than " + MAX_DEPTH);
        }
        if (query instanceof Clause clause) {
            return clauses.translate(clause);
        }
        if (query instanceof ResultSetRef ref) {
            return new ResultSetId(ref.name());
        }
        BooleanQuery bool = (BooleanQuery) query;
        Proximity proximity = null;
        if (bool.op() == BooleanOp.PROX) {
            proximity = ProximityModifiers.toProximity(bool.modifiers());
        } else if (!bool.modifiers().isEmpty()) {
            throw new DiagnosticException(Condition.UNSUPPORTED_BOOLEAN_MODIFIER, bool.modifiers().get(0).name());
        }
        RpnNode left = node(bool.left(), depth + 1);
        RpnNode right = node(bool.right(), depth + 1);
        return new RpnOperation(operator(bool.op()), left, right, proximity);
    }

    private static RpnOperation.Operator operator(BooleanOp op) {
        return switch (op) {
            case AND -> RpnOperation.Operator.AND;
            case OR -> RpnOperation.Operator.OR;
            case NOT -> RpnOperation.Operator.AND_NOT;
            case PROX -> RpnOperation.Operator.PROX;
        };
    }
}
