package org.unigate.z3950.server;

import org.unigate.cql.CqlParser;
import org.unigate.indexmap.IndexMap;
import org.unigate.indexmap.RpnToCql;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.RpnQuery;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.Z3950Query;

/**
 * A search request's query in the gateway's tree: Type-1/101 RPN through the default index map
 * (an unknown Use attribute is diagnostic 114 naming it, and so on), CQL (type 104) through the
 * CQL parser. A query that is only {@code @set name} searches again the set this session calls
 * {@code name}; result sets inside a larger query are not supported (diagnostic 18).
 */
final class Queries {

    /** The query to run, and the session's set it stands for when it is a bare set reference. */
    record Translated(SearchQuery query, Session.NamedSet referenced) {
    }

    private final RpnToCql rpn = new RpnToCql(IndexMap.defaultMap());

    Translated translate(Z3950Query query, Session session) {
        SearchQuery tree = tree(query);
        if (tree.root() instanceof ResultSetRef ref) {
            Session.NamedSet set = session.set(ref.name())
                    .orElseThrow(() -> Bib1.failure(Bib1.RESULT_SET_DOES_NOT_EXIST, ref.name()));
            // The engine knows the set by its own id; the session's name means nothing to it.
            return new Translated(new SearchQuery(new ResultSetRef(set.engineId()), tree.sortKeys()), set);
        }
        String nested = nestedReference(tree.root());
        if (nested != null) {
            throw Bib1.failure(Bib1.RESULT_SET_AS_TERM_UNSUPPORTED, nested);
        }
        return new Translated(tree, null);
    }

    /** One operand as a clause, read through the same index map as searches (scan start points, sort keys). */
    Clause clause(AttributeSet attributeSet, AttributesPlusTerm start) {
        Query root = rpn.translate(new RpnQuery(attributeSet, start)).root();
        if (root instanceof Clause clause) {
            return clause;
        }
        throw Bib1.failure(Bib1.MALFORMED_QUERY, "scan needs a term");
    }

    private SearchQuery tree(Z3950Query query) {
        if (query instanceof Z3950Query.Rpn r) {
            return rpn.translate(r.query());
        }
        if (query instanceof Z3950Query.Cql c) {
            return CqlParser.DEFAULT.parse(c.cql());
        }
        if (query instanceof Z3950Query.Ccl) {
            throw Bib1.failure(Bib1.QUERY_TYPE_UNSUPPORTED, "type-2 (CCL)");
        }
        Z3950Query.Unsupported u = (Z3950Query.Unsupported) query;
        if (u.type() == 1 || u.type() == 101) {
            throw Bib1.failure(Bib1.UNSUPPORTED_SEARCH, u.reason());
        }
        throw Bib1.failure(Bib1.QUERY_TYPE_UNSUPPORTED, "type-" + u.type() + (u.reason() == null ? "" : ": " + u.reason()));
    }

    private static String nestedReference(Query query) {
        if (query instanceof ResultSetRef ref) {
            return ref.name();
        }
        if (query instanceof BooleanQuery b) {
            String left = nestedReference(b.left());
            return left != null ? left : nestedReference(b.right());
        }
        return null;
    }
}
