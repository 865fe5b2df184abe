package org.unigate.indexmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Relation;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributesPlusTerm;

/**
 * Explains a term's attributes with the mapping, category by category: the index line that covers
 * the Use attribute with the most attributes (the first such line on a tie), then the relation
 * whose own and structure attributes cover most, then position, truncation, {@code always}, and
 * relation modifiers for what is left. Position and truncation attributes the map does not know
 * are read by their Bib-1 meaning. A Use or relation attribute nothing explains is refused, as is
 * an unknown position or truncation; other types (structure, completeness, ...) only refine
 * matching and are let go.
 */
final class AttributesToClause {

    private static final Set<String> POSITIONS = Set.of("any", "first", "last", "firstAndLast");
    private static final Set<String> TRUNCATIONS = Set.of("right", "left", "both", "none", "z3958", "cql");

    private final IndexMap map;

    AttributesToClause(IndexMap map) {
        this.map = map;
    }

    Clause translate(AttributesPlusTerm apt, AttributeSet querySet) {
        Explanation x = new Explanation(apt.attributes(), querySet);
        String index = index(x);
        String relation = relation(x);
        String position = best(x, "position", POSITIONS);
        String truncation = best(x, "truncation", TRUNCATIONS);
        map.entry("always").map(e -> SpecMatch.of(e.attributes(), x.attributes, querySet)).ifPresent(x::claim);
        List<Modifier> modifiers = modifiers(x);
        position = position != null ? position : bib1(x, Attribute.POSITION);
        truncation = truncation != null ? truncation : bib1(x, Attribute.TRUNCATION);
        x.refuseUnexplained();
        boolean raw = "cql".equals(truncation) || modifiers.stream()
                .anyMatch(m -> m.name().equalsIgnoreCase("regexp") || m.name().equalsIgnoreCase("unmasked"));
        String value = apt.term().value();
        String term = raw ? RpnTermToCql.raw(value) : RpnTermToCql.convert(value, truncation, position);
        return new Clause(index, new Relation(relation, modifiers), term);
    }

    private String index(Explanation x) {
        int use = x.firstOfType(Attribute.USE);
        if (use < 0) {
            return Clause.SERVER_CHOICE;
        }
        MapEntry best = null;
        SpecMatch bestMatch = null;
        int bestScore = -1;
        for (MapEntry entry : map.entries("index")) {
            SpecMatch m = SpecMatch.of(entry.attributes(), x.attributes, x.querySet);
            int score = m == null ? -1 : 2 * entry.attributes().size() - (m.wildcard() ? 1 : 0);
            if (m != null && m.covers(use) && score > bestScore) {
                best = entry;
                bestMatch = m;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new DiagnosticException(Condition.UNSUPPORTED_INDEX, describe(x.attributes.get(use)));
        }
        x.claim(bestMatch);
        return bestMatch.capture() == null ? best.name() : best.name().replace("*", bestMatch.capture());
    }

    /** The relation whose attributes, with the structure forward translation adds for it, cover most. */
    private String relation(Explanation x) {
        String bestName = "=";
        int bestScore = 0;
        List<SpecMatch> bestMatches = List.of();
        for (MapEntry entry : map.entries("relation")) {
            String name = cqlRelation(entry.name());
            SpecMatch own = SpecMatch.of(entry.attributes(), x.attributes, x.querySet);
            if (name == null || entry.attributes().isEmpty() || own == null) {
                continue;
            }
            SpecMatch structure = structure(name, x);
            int score = entry.attributes().size() + (structure == null ? 0 : structure.positions().size());
            if (score > bestScore) {
                bestName = name;
                bestScore = score;
                bestMatches = structure == null ? List.of(own) : List.of(own, structure);
            }
        }
        if (bestScore == 0) {
            SpecMatch structure = structure(bestName, x);
            bestMatches = structure == null ? List.of() : List.of(structure);
        }
        bestMatches.forEach(x::claim);
        return bestName;
    }

    private SpecMatch structure(String relation, Explanation x) {
        return map.lookup("structure", null, relation)
                .map(e -> SpecMatch.of(e.attributes(), x.attributes, x.querySet)).orElse(null);
    }

    /** The CQL spelling of a relation key: YAZ's aliases back to symbols; null for none. */
    private static String cqlRelation(String key) {
        return switch (key) {
            case "", "*" -> null;
            case "eq" -> "=";
            case "exact" -> "==";
            case "le" -> "<=";
            case "ge" -> ">=";
            case "lt" -> "<";
            case "gt" -> ">";
            case "ne" -> "<>";
            default -> key;
        };
    }

    /** The best-covering line of a category among the given names, claimed; null when none fits. */
    private String best(Explanation x, String category, Set<String> names) {
        String bestName = null;
        SpecMatch bestMatch = null;
        for (MapEntry entry : map.entries(category)) {
            SpecMatch m = SpecMatch.of(entry.attributes(), x.attributes, x.querySet);
            if (names.contains(entry.name()) && !entry.attributes().isEmpty() && m != null
                    && (bestMatch == null || m.positions().size() > bestMatch.positions().size())) {
                bestName = entry.name();
                bestMatch = m;
            }
        }
        x.claim(bestMatch);
        return bestName;
    }

    private List<Modifier> modifiers(Explanation x) {
        List<Modifier> modifiers = new ArrayList<>();
        for (MapEntry entry : map.entries("relationModifier")) {
            SpecMatch m = SpecMatch.of(entry.attributes(), x.attributes, x.querySet);
            if (!entry.attributes().isEmpty() && m != null && x.anyUnclaimed(m)) {
                x.claim(m);
                modifiers.add(Modifier.of(entry.name()));
            }
        }
        return modifiers;
    }

    /** Bib-1's own meaning of an unexplained position or truncation attribute. */
    private static String bib1(Explanation x, int type) {
        int i = x.firstUnclaimed(type);
        Long value = i < 0 ? null : x.attributes.get(i).numeric();
        String meaning = value == null ? null : type == Attribute.POSITION
                ? (value == 1 ? "first" : value == 3 ? "any" : null)
                : switch (value.intValue()) {
                    case 1 -> "right";
                    case 2 -> "left";
                    case 3 -> "both";
                    case 100 -> "none";
                    case 101 -> "process#";
                    case 104 -> "z3958";
                    default -> null;
                };
        if (meaning != null) {
            x.claimed[i] = true;
        }
        return meaning;
    }

    static String describe(Attribute a) {
        return (a.attributeSet() == null ? "" : a.attributeSet().label() + " ") + a.type() + "=" + a.value();
    }

    /** The term's attributes and which of them a mapping line has explained. */
    private static final class Explanation {
        final List<Attribute> attributes;
        final AttributeSet querySet;
        final boolean[] claimed;

        Explanation(List<Attribute> attributes, AttributeSet querySet) {
            this.attributes = attributes;
            this.querySet = querySet;
            this.claimed = new boolean[attributes.size()];
        }

        void claim(SpecMatch match) {
            if (match != null) {
                match.positions().forEach(i -> claimed[i] = true);
            }
        }

        boolean anyUnclaimed(SpecMatch match) {
            return match.positions().stream().anyMatch(i -> !claimed[i]);
        }

        int firstOfType(int type) {
            for (int i = 0; i < attributes.size(); i++) {
                if (attributes.get(i).type() == type) {
                    return i;
                }
            }
            return -1;
        }

        int firstUnclaimed(int type) {
            for (int i = 0; i < attributes.size(); i++) {
                if (!claimed[i] && attributes.get(i).type() == type) {
                    return i;
                }
            }
            return -1;
        }

        void refuseUnexplained() {
            for (int i = 0; i < attributes.size(); i++) {
                Attribute a = attributes.get(i);
                if (claimed[i]) {
                    continue;
                }
                Condition condition = switch (a.type()) {
                    case Attribute.USE -> Condition.UNSUPPORTED_INDEX;
                    case Attribute.RELATION -> Condition.UNSUPPORTED_RELATION;
                    case Attribute.POSITION -> Condition.QUERY_FEATURE_UNSUPPORTED;
                    case Attribute.TRUNCATION -> Condition.UNSUPPORTED_WILDCARD;
                    default -> null;
                };
                if (condition != null) {
                    throw new DiagnosticException(condition, describe(a));
                }
            }
        }
    }
}
