package org.unigate.cql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Modifier;

/**
 * The rules for booleans: which operators a server takes, and the proximity modifiers of the cql
 * context set ({@code unit}, {@code distance}, {@code ordered}, {@code unordered}). CQL defines no
 * modifiers for {@code and}, {@code or} and {@code not}, so any there is unsupported.
 */
record BooleanCheck(Set<BooleanOp> booleans, Set<String> proximityUnits, int maxDistance) {

    private static final Set<String> DISTANCE_COMPARISONS = Set.of("=", "<", "<=", ">", ">=", "<>");

    void check(BooleanQuery b, List<Diagnostic> out) {
        if (!booleans.contains(b.op())) {
            out.add(b.op() == BooleanOp.PROX
                    ? Diagnostic.of(Condition.PROXIMITY_NOT_SUPPORTED, "prox")
                    : Diagnostic.of(Condition.UNSUPPORTED_BOOLEAN_OPERATOR, b.op().name().toLowerCase(Locale.ROOT)));
            return;
        }
        if (b.op() != BooleanOp.PROX) {
            if (!b.modifiers().isEmpty()) {
                out.add(Diagnostic.of(Condition.UNSUPPORTED_BOOLEAN_MODIFIER, b.modifiers().get(0).name()));
            }
            return;
        }
        boolean ordered = false;
        boolean unordered = false;
        for (Modifier m : b.modifiers()) {
            String prefix = ContextSets.prefixOf(m.name());
            Diagnostic problem = prefix != null && !prefix.equalsIgnoreCase("cql")
                    ? Diagnostic.of(Condition.UNSUPPORTED_BOOLEAN_MODIFIER, m.name())
                    : proximity(m);
            if (problem != null) {
                out.add(problem);
                return;
            }
            ordered |= m.baseName().equals("ordered");
            unordered |= m.baseName().equals("unordered");
        }
        if (ordered && unordered) {
            out.add(Diagnostic.of(Condition.UNSUPPORTED_PROXIMITY_ORDERING, "both ordered and unordered"));
        }
    }

    private Diagnostic proximity(Modifier m) {
        return switch (m.baseName()) {
            case "unit" -> "=".equals(m.comparison()) && proximityUnits.contains(m.value().toLowerCase(Locale.ROOT))
                    ? null
                    : Diagnostic.of(Condition.UNSUPPORTED_PROXIMITY_UNIT, m.value() == null ? m.name() : m.value());
            case "distance" -> distance(m);
            case "ordered", "unordered" -> m.comparison() == null
                    ? null
                    : Diagnostic.of(Condition.UNSUPPORTED_PROXIMITY_ORDERING, m.name() + m.comparison() + m.value());
            default -> Diagnostic.of(Condition.UNSUPPORTED_BOOLEAN_MODIFIER, m.name());
        };
    }

    private Diagnostic distance(Modifier m) {
        if (m.comparison() == null || !DISTANCE_COMPARISONS.contains(m.comparison())) {
            return Diagnostic.of(Condition.UNSUPPORTED_PROXIMITY_RELATION,
                    m.comparison() == null ? m.name() : m.comparison());
        }
        String v = m.value();
        boolean digits = !v.isEmpty() && v.length() <= 9 && v.chars().allMatch(c -> c >= '0' && c <= '9');
        return digits && Integer.parseInt(v) <= maxDistance
                ? null
                : Diagnostic.of(Condition.UNSUPPORTED_PROXIMITY_DISTANCE, v);
    }
}
