package org.unigate.cql;

import java.util.List;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

/** Short spellings of expected query trees for the tests' tables. */
final class CqlTrees {

    private CqlTrees() {
    }

    /** A bare term: {@code cql.serverChoice = term}. */
    static Clause term(String term) {
        return new Clause(Clause.SERVER_CHOICE, Relation.EQ, term);
    }

    static Clause clause(String index, String relation, String term) {
        return new Clause(index, Relation.of(relation), term);
    }

    static Clause clause(String index, Relation relation, String term) {
        return new Clause(index, relation, term);
    }

    static Relation rel(String base, Modifier... modifiers) {
        return new Relation(base, List.of(modifiers));
    }

    static Modifier mod(String name) {
        return Modifier.of(name);
    }

    static Modifier mod(String name, String comparison, String value) {
        return Modifier.of(name, comparison, value);
    }

    static BooleanQuery and(Query left, Query right) {
        return BooleanQuery.of(BooleanOp.AND, left, right);
    }

    static BooleanQuery or(Query left, Query right) {
        return BooleanQuery.of(BooleanOp.OR, left, right);
    }

    static BooleanQuery not(Query left, Query right) {
        return BooleanQuery.of(BooleanOp.NOT, left, right);
    }

    static BooleanQuery prox(Query left, Query right, Modifier... modifiers) {
        return new BooleanQuery(BooleanOp.PROX, left, right, List.of(modifiers));
    }

    static BooleanQuery bool(BooleanOp op, Query left, Query right, Modifier... modifiers) {
        return new BooleanQuery(op, left, right, List.of(modifiers));
    }

    static SearchQuery query(Query root, SortKey... keys) {
        return new SearchQuery(root, List.of(keys));
    }

    static SortKey key(String index, Modifier... modifiers) {
        return new SortKey(index, List.of(modifiers));
    }
}
