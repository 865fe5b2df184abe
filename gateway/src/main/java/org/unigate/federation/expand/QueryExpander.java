package org.unigate.federation.expand;

import java.util.ArrayList;
import java.util.List;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.SearchQuery;
import org.unigate.text.ScriptFolding;

/**
 * Rewrites a query for a member that does not fold Chinese scripts itself: every clause whose
 * term has Han characters becomes an OR of the term as written and its simplified and
 * traditional forms, same index and relation. Nothing else in the query changes; clauses
 * without Han text, result set references and sort keys are left as they are.
 */
public final class QueryExpander {

    private QueryExpander() {
    }

    public static SearchQuery expand(SearchQuery query) {
        Query root = expand(query.root());
        return root == query.root() ? query : new SearchQuery(root, query.sortKeys());
    }

    static Query expand(Query query) {
        if (query instanceof Clause clause) {
            return expandClause(clause);
        }
        if (query instanceof BooleanQuery b) {
            Query left = expand(b.left());
            Query right = expand(b.right());
            return left == b.left() && right == b.right() ? b : new BooleanQuery(b.op(), left, right, b.modifiers());
        }
        return query;
    }

    private static Query expandClause(Clause clause) {
        if (!ScriptFolding.containsHan(clause.term())) {
            return clause;
        }
        // Masks, anchors and escapes are ASCII, which the script transforms leave untouched.
        List<Clause> variants = new ArrayList<>();
        for (String term : ScriptFolding.scriptVariants(clause.term())) {
            variants.add(new Clause(clause.index(), clause.relation(), term));
        }
        if (variants.size() == 1) {
            return clause;
        }
        Query or = variants.get(variants.size() - 1);
        for (int i = variants.size() - 2; i >= 0; i--) {
            or = BooleanQuery.of(BooleanOp.OR, variants.get(i), or);
        }
        return or;
    }
}
