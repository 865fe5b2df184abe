package org.unigate.sru.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.unigate.diag.Condition;
import org.unigate.indexmap.IndexMap;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.StandardIndex;

/**
 * Refuses, before any member is asked, indexes the gateway does not know (those of neither the
 * index map, which explain lists, nor the gateway's standard index names) and relations no
 * member could be sent. Members still judge modifiers and terms; their diagnostics come back
 * attributed.
 */
final class QueryCheck {

    static final Set<StandardIndex> SCANNABLE = Set.of(StandardIndex.TITLE, StandardIndex.AUTHOR, StandardIndex.SUBJECT);
    /** CQL's relations the index map can express; {@code within} and {@code encloses} it cannot. */
    static final Set<String> RELATIONS = Set.of("=", "==", "<>", "<", ">", "<=", ">=", "adj", "all", "any", "exact", "scr");

    private QueryCheck() {
    }

    static void check(Query root, Params p) {
        // A loop, not recursion: a client can send a chain of booleans as deep as the parser allows.
        Deque<Query> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Query q = pending.pop();
            if (q instanceof BooleanQuery b) {
                pending.push(b.right());
                pending.push(b.left());
            } else if (q instanceof Clause c) {
                index(c, p);
                if (!RELATIONS.contains(c.relation().name())) {
                    throw p.fail(Condition.UNSUPPORTED_RELATION, c.relation().base());
                }
            }
        }
    }

    /** The index a scan browses: serverChoice leaves it to us, and we choose titles. */
    static StandardIndex scanIndex(Clause clause) {
        StandardIndex index = clause.standardIndex();
        return index == StandardIndex.ANY ? StandardIndex.TITLE : index;
    }

    static void scannable(Clause clause, Params p) {
        index(clause, p);
        if (!SCANNABLE.contains(scanIndex(clause))) {
            throw p.fail(Condition.UNSUPPORTED_INDEX, clause.index(),
                    "Unsupported index: scan covers title, author and subject indexes");
        }
    }

    private static void index(Clause clause, Params p) {
        String index = clause.index();
        if (known(IndexMap.defaultMap(), index) || clause.standardIndex() != StandardIndex.UNKNOWN) {
            return;
        }
        int dot = index.indexOf('.');
        if (dot > 0 && IndexMap.defaultMap().contextSetUri(index.substring(0, dot)).isEmpty()) {
            throw p.fail(Condition.UNSUPPORTED_CONTEXT_SET, index.substring(0, dot));
        }
        throw p.fail(Condition.UNSUPPORTED_INDEX, index);
    }

    static boolean known(IndexMap map, String index) {
        if (index.indexOf('.') > 0) {
            return map.entry("index." + index).isPresent();
        }
        String prefix = map.defaultContextSetUri().flatMap(map::prefixOf).orElse("cql");
        return map.entry("index." + prefix + "." + index).isPresent() || map.entry("index.cql." + index).isPresent();
    }
}
