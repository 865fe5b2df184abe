package org.unigate.cql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.unigate.cql.CqlToken.Kind;
import org.unigate.diag.Condition;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

/**
 * One parse of one query. Parentheses are an explicit stack of frames rather than recursion, so a
 * hostile query meets the depth limit instead of the thread's stack. All booleans share one
 * precedence and associate to the left, as CQL prescribes: {@code a and b or c} is
 * {@code (a and b) or c}.
 */
final class QueryReader {

    /** More assignments than this in one query is abuse, not a query; each costs a scope lookup. */
    static final int MAX_PREFIX_ASSIGNMENTS = 100;

    private final TokenCursor cursor;
    private final ClauseReader clauses;
    private final int maxDepth;
    private final Deque<Frame> open = new ArrayDeque<>();
    private int assignments;

    /** The query being built between one {@code (} and its {@code )}, or at the top. */
    private static final class Frame {
        final int openedAt;
        PrefixScope scope;
        boolean started;
        Query result;
        int depth;
        BooleanOp op;
        List<Modifier> opModifiers;
        int opPosition;

        Frame(int openedAt, PrefixScope scope) {
            this.openedAt = openedAt;
            this.scope = scope;
        }
    }

    QueryReader(List<CqlToken> tokens, int maxDepth) {
        this.cursor = new TokenCursor(tokens);
        this.clauses = new ClauseReader(cursor);
        this.maxDepth = maxDepth;
    }

    SearchQuery read() {
        Frame frame = new Frame(-1, PrefixScope.EMPTY);
        boolean wantOperand = true;
        while (true) {
            CqlToken t = cursor.peek();
            if (wantOperand) {
                if (t.isSymbol(">") && !frame.started) {
                    assign(frame);
                } else if (t.is(Kind.LPAREN)) {
                    frame = openParenthesis(frame, t);
                } else {
                    frame.started = true;
                    combine(frame, clauses.searchClause(frame.scope), 1);
                    wantOperand = false;
                }
            } else if (t.isBoolean()) {
                cursor.next();
                frame.op = BooleanOp.valueOf(t.text().toUpperCase(Locale.ROOT));
                frame.opPosition = t.start();
                frame.opModifiers = clauses.modifiers(frame.scope);
                wantOperand = true;
            } else if (t.is(Kind.RPAREN) && !open.isEmpty()) {
                cursor.next();
                Frame inner = frame;
                frame = open.pop();
                combine(frame, inner.result, inner.depth);
            } else if (!open.isEmpty()) {
                throw cursor.expected("a boolean operator or \")\"",
                        " (to close \"(\" at position " + frame.openedAt + ")");
            } else {
                return finish(frame, t);
            }
        }
    }

    private SearchQuery finish(Frame top, CqlToken t) {
        if (t.is(Kind.EOF)) {
            return SearchQuery.of(top.result);
        }
        if (!t.isKeyword("sortby")) {
            throw cursor.expected("a boolean operator, \"sortBy\" or end of query");
        }
        cursor.next();
        List<SortKey> keys = clauses.sortKeys(top.scope);
        if (!cursor.peek().is(Kind.EOF)) {
            throw cursor.expected("a sort key or end of query");
        }
        return new SearchQuery(top.result, keys);
    }

    private Frame openParenthesis(Frame frame, CqlToken paren) {
        if (open.size() >= maxDepth) {
            throw new CqlException(Condition.QUERY_FEATURE_UNSUPPORTED,
                    "parentheses nest deeper than " + maxDepth + " levels at position " + paren.start(), paren.start());
        }
        cursor.next();
        frame.started = true;
        open.push(frame);
        return new Frame(paren.start(), frame.scope);
    }

    private void assign(Frame frame) {
        CqlToken marker = cursor.next();
        if (++assignments > MAX_PREFIX_ASSIGNMENTS) {
            throw new CqlException(Condition.QUERY_FEATURE_UNSUPPORTED,
                    "more than " + MAX_PREFIX_ASSIGNMENTS + " prefix assignments at position " + marker.start(),
                    marker.start());
        }
        ClauseReader.Assignment a = clauses.prefixAssignment();
        // An unknown set under a well-known prefix, or as the default set, would silently change
        // what familiar index names mean; refuse it rather than guess.
        boolean shadowsKnown = a.prefix() == null || ContextSets.isKnown(a.prefix());
        if (shadowsKnown && ContextSets.shortName(a.identifier()).isEmpty()) {
            throw new CqlException(Condition.UNSUPPORTED_CONTEXT_SET, a.identifier(), a.position());
        }
        frame.scope = frame.scope.bind(a.prefix(), a.identifier());
    }

    private void combine(Frame frame, Query operand, int operandDepth) {
        if (frame.result == null) {
            frame.result = operand;
            frame.depth = operandDepth;
            return;
        }
        int depth = 1 + Math.max(frame.depth, operandDepth);
        if (depth > maxDepth) {
            throw new CqlException(Condition.TOO_MANY_BOOLEAN_OPERATORS,
                    "query nests deeper than " + maxDepth + " levels at position " + frame.opPosition,
                    frame.opPosition);
        }
        frame.result = new BooleanQuery(frame.op, frame.result, operand, frame.opModifiers);
        frame.depth = depth;
    }
}
