package org.unigate.sru.client;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.unigate.cql.CqlWriter;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;
import org.unigate.sru.SruVersion;

/**
 * Rewrites the gateway's query for one member: every index (search clauses and sort keys) in
 * the member's spelling, then written as CQL with {@link CqlWriter}. Relations and terms pass
 * unchanged; the member reports what it cannot do with them. Sort keys go into the query as
 * {@code sortBy} or, for SRU 1.1, into a {@code sortKeys} parameter. Thread-safe.
 */
final class SruQueryMapper {

    /** Deeper trees are refused, as the rest of the gateway refuses them. */
    static final int MAX_DEPTH = 1_024;

    private final MemberIndexes indexes;
    private final SruVersion version;

    SruQueryMapper(MemberIndexes indexes, SruVersion version) {
        this.indexes = indexes;
        this.version = version;
    }

    /**
     * @param cql      the query for the member's {@code query} parameter
     * @param sortKeys the SRU 1.1 {@code sortKeys} parameter, or null
     */
    record MemberQuery(String cql, String sortKeys) {
    }

    /** @throws DiagnosticException for an index or sort key the member does not support */
    MemberQuery map(SearchQuery query) {
        Query root = node(query.root(), 0);
        List<SortKey> keys = new ArrayList<>(query.sortKeys().size());
        for (SortKey key : query.sortKeys()) {
            String index = indexes.resolve(key.index()).orElseThrow(() ->
                    new DiagnosticException(Condition.UNSUPPORTED_SORT_PATH, key.index()));
            keys.add(new SortKey(index, key.modifiers()));
        }
        if (version.sortInQuery() || keys.isEmpty()) {
            return new MemberQuery(CqlWriter.write(new SearchQuery(root, keys)), null);
        }
        return new MemberQuery(CqlWriter.write(root), sortKeysParameter(keys));
    }

    private Query node(Query query, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DiagnosticException(Condition.TOO_MANY_BOOLEAN_OPERATORS, "nested deeper than " + MAX_DEPTH);
        }
        if (query instanceof Clause clause) {
            String index = indexes.resolve(clause.index()).orElseThrow(() ->
                    new DiagnosticException(Condition.UNSUPPORTED_INDEX, clause.index()));
            return index.equals(clause.index()) ? clause : new Clause(index, clause.relation(), clause.term());
        }
        if (query instanceof ResultSetRef ref) {
            // A gateway result set means nothing to a member; the engine resolves references itself.
            throw new DiagnosticException(Condition.QUERY_FEATURE_UNSUPPORTED, "result set reference " + ref.name());
        }
        BooleanQuery bool = (BooleanQuery) query;
        return new BooleanQuery(bool.op(), node(bool.left(), depth + 1), node(bool.right(), depth + 1), bool.modifiers());
    }

    /** SRU 1.1 sort keys: {@code path,schema,ascending} per key, keys separated by spaces. */
    private static String sortKeysParameter(List<SortKey> keys) {
        StringJoiner out = new StringJoiner(" ");
        for (SortKey key : keys) {
            out.add(key.index() + ",," + (key.descending() ? "0" : "1"));
        }
        return out.toString();
    }
}
