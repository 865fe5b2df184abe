package org.unigate.indexmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.pqf.PqfEscapes;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Terms;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.Term;

/**
 * One CQL search clause to Type-1, following YAZ's cql2pqf step by step so that the same mapping
 * gives the same attributes and the same diagnostics: context set, {@code always}, relation,
 * structure, then per term position, truncation, index and relation modifiers. {@code all} and
 * {@code any} split the term into words joined by AND or OR.
 */
final class ClauseToRpn {

    private final IndexMap map;

    ClauseToRpn(IndexMap map) {
        this.map = map;
    }

    RpnNode translate(Clause clause) {
        String index = clause.index();
        if (index.equalsIgnoreCase("cql.resultSetId") || index.equalsIgnoreCase("cql.resultSet")) {
            return new ResultSetId(Terms.unescape(clause.term()));
        }
        int dot = index.indexOf('.');
        String name = dot < 0 ? index : index.substring(dot + 1);
        String uri = (dot < 0 ? map.defaultContextSetUri() : map.contextSetUri(index.substring(0, dot)))
                .orElseThrow(() -> new DiagnosticException(Condition.UNSUPPORTED_CONTEXT_SET,
                        dot < 0 ? "no default context set for " + index : index.substring(0, dot)));
        String relation = relationName(clause);
        AttributeCollector base = new AttributeCollector();
        map.entry("always").ifPresent(e -> base.add(e.attributes(), null));
        base.add(relationEntry(relation).attributes(), relation);
        MapEntry structure = map.lookup("structure", null, relation).orElseThrow(() ->
                new DiagnosticException(Condition.UNSUPPORTED_RELATION, relation + " (no structure for it)"));
        base.add(structure.attributes(), relation);
        Target target = new Target(clause, map.prefixOf(uri).orElse(null), name);
        List<String> words = List.of(clause.term());
        RpnOperation.Operator join = RpnOperation.Operator.AND;
        if (relation.equalsIgnoreCase("all") || relation.equalsIgnoreCase("any")) {
            words = words(clause.term());
            join = relation.equalsIgnoreCase("all") ? RpnOperation.Operator.AND : RpnOperation.Operator.OR;
        }
        RpnNode node = term(target, base, words.get(words.size() - 1));
        for (int i = words.size() - 2; i >= 0; i--) {
            node = RpnOperation.of(join, term(target, base, words.get(i)), node);
        }
        return node;
    }

    private record Target(Clause clause, String prefix, String name) {
    }

    /** The relation without a context-set prefix the map knows ({@code cql.adj} → {@code adj}). */
    private String relationName(Clause clause) {
        String base = clause.relation().base();
        int dot = base.indexOf('.');
        return dot > 0 && map.contextSetUri(base.substring(0, dot)).isPresent() ? base.substring(dot + 1) : base;
    }

    /** {@code relation.<rel>}, then YAZ's aliases for names that cannot be keys, then {@code relation.*}. */
    private MapEntry relationEntry(String relation) {
        Optional<MapEntry> entry = map.entry("relation." + relation);
        if (entry.isEmpty()) {
            String alias = switch (relation) {
                case "==" -> "exact";
                case "=" -> "eq";
                case "<=" -> "le";
                case ">=" -> "ge";
                default -> null;
            };
            entry = alias == null ? Optional.empty() : map.entry("relation." + alias);
        }
        if (entry.isEmpty()) {
            entry = map.entry("relation.*");
        }
        return entry.orElseThrow(() -> new DiagnosticException(Condition.UNSUPPORTED_RELATION, relation));
    }

    private static List<String> words(String term) {
        List<String> words = new ArrayList<>();
        for (String word : term.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words.isEmpty() ? List.of("") : words;
    }

    private AttributesPlusTerm term(Target target, AttributeCollector base, String word) {
        AttributeCollector attributes = base.copy();
        List<Modifier> modifiers = target.clause().relation().modifiers();
        boolean raw = has(modifiers, "regexp") || has(modifiers, "unmasked");
        Optional<MapEntry> cqlTruncation = raw ? Optional.empty() : map.entry("truncation.cql");
        cqlTruncation.ifPresent(e -> attributes.add(e.attributes(), "cql"));
        String rpnTerm = raw || cqlTruncation.isPresent() ? unescape(word) : masked(word, attributes);
        MapEntry index = target.prefix() == null ? null
                : map.lookup("index", target.prefix(), target.name()).orElse(null);
        if (index == null) {
            throw new DiagnosticException(Condition.UNSUPPORTED_INDEX, target.clause().index());
        }
        attributes.add(index.attributes(), target.name());
        // YAZ's CQL parser keeps modifiers last-written first; a later one of a type then loses.
        for (int i = modifiers.size() - 1; i >= 0; i--) {
            Modifier modifier = modifiers.get(i);
            MapEntry entry = map.lookup("relationModifier", null, modifier.baseName()).orElseThrow(() ->
                    new DiagnosticException(Condition.UNSUPPORTED_RELATION_MODIFIER, modifier.name()));
            attributes.add(entry.attributes(), modifier.baseName());
        }
        return new AttributesPlusTerm(attributes.build(), Term.of(rpnTerm));
    }

    /** Position from anchors, truncation from masks; returns the term as it goes to the member. */
    private String masked(String word, AttributeCollector attributes) {
        CqlTermScan scan = new CqlTermScan(word);
        String position = switch (scan.position()) {
            case ANY -> "any";
            case FIRST -> "first";
            case LAST -> "last";
            case FIRST_AND_LAST -> "firstAndLast";
        };
        MapEntry anchor = map.lookup("position", null, position).orElseThrow(() ->
                new DiagnosticException(Condition.QUERY_FEATURE_UNSUPPORTED,
                        "anchoring character ^ in an unsupported position (position." + position + "): " + word));
        attributes.add(anchor.attributes(), position);
        String simple = scan.simpleTruncation();
        Optional<MapEntry> truncation = simple == null ? Optional.empty() : map.lookup("truncation", null, simple);
        if (truncation.isPresent()) {
            attributes.add(truncation.get().attributes(), simple);
            return scan.rpnTerm(true, false);
        }
        if (scan.hasMasks()) {
            MapEntry z3958 = map.lookup("truncation", null, "z3958").orElseThrow(() ->
                    new DiagnosticException(Condition.UNSUPPORTED_WILDCARD, word));
            attributes.add(z3958.attributes(), "z3958");
            return scan.rpnTerm(false, true);
        }
        map.lookup("truncation", null, "none").ifPresent(e -> attributes.add(e.attributes(), "none"));
        return scan.rpnTerm(false, false);
    }

    private static boolean has(List<Modifier> modifiers, String name) {
        return modifiers.stream().anyMatch(m -> m.baseName().equalsIgnoreCase(name));
    }

    /** A term YAZ passes through unprocessed reaches the member after PQF's escape handling. */
    private static String unescape(String word) {
        try {
            return PqfEscapes.unescape(word);
        } catch (IllegalArgumentException e) {
            throw new DiagnosticException(Condition.QUERY_SYNTAX_ERROR, "term \"" + word + "\": " + e.getMessage());
        }
    }
}
