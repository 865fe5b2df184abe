package org.unigate.pqf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributeValue;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Proximity;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;

/**
 * Writes a Type-1 query as PQF that {@link PqfParser} and YAZ read back to the same tree: every
 * term carries its own {@code @attr}s, {@code @attrset} is written unless the set is Bib-1, and
 * {@code @term} is written where the term type changes. Terms are quoted only when they must be.
 * Two cases cannot survive PQF and are written as well as PQF allows: a string attribute value of
 * digits only reads back numeric, and two attributes of one type in a list read back as the last.
 */
public final class PqfWriter {

    private PqfWriter() {
    }

    public static String write(RpnQuery query) {
        StringBuilder out = new StringBuilder();
        if (!query.attributeSet().equals(AttributeSet.BIB1)) {
            out.append("@attrset ").append(query.attributeSet().label()).append(' ');
        }
        Term.Type termType = Term.Type.GENERAL;
        // An explicit stack: trees built elsewhere may be deeper than a thread's stack allows.
        Deque<RpnNode> pending = new ArrayDeque<>();
        pending.push(query.root());
        while (!pending.isEmpty()) {
            RpnNode node = pending.pop();
            if (node instanceof RpnOperation op) {
                operator(op, out);
                pending.push(op.right());
                pending.push(op.left());
            } else if (node instanceof ResultSetId set) {
                out.append("@set ").append(PqfEscapes.encode(set.name())).append(' ');
            } else if (node instanceof AttributesPlusTerm apt) {
                termType = term(apt, termType, out);
            }
        }
        return out.substring(0, out.length() - 1);
    }

    private static void operator(RpnOperation op, StringBuilder out) {
        switch (op.op()) {
            case AND -> out.append("@and ");
            case OR -> out.append("@or ");
            case AND_NOT -> out.append("@not ");
            case PROX -> proximity(op.proximity(), out);
        }
    }

    private static void proximity(Proximity p, StringBuilder out) {
        out.append("@prox ").append(p.exclusion() ? 1 : 0).append(' ').append(p.distance()).append(' ')
                .append(p.ordered() ? 1 : 0).append(' ').append(p.relationType()).append(' ')
                .append(p.knownUnit() ? "k" : "p").append(' ').append(p.unit()).append(' ');
    }

    private static Term.Type term(AttributesPlusTerm apt, Term.Type current, StringBuilder out) {
        for (Attribute attribute : apt.attributes()) {
            out.append("@attr ");
            if (attribute.attributeSet() != null) {
                out.append(attribute.attributeSet().label()).append(' ');
            }
            out.append(attributeSpec(attribute)).append(' ');
        }
        Term term = apt.term();
        if (term.type() != current) {
            out.append("@term ").append(term.type().name().toLowerCase(Locale.ROOT)).append(' ');
        }
        out.append(PqfEscapes.encode(term.value())).append(' ');
        return term.type();
    }

    /** {@code type=value}, quoted as one token when a string value needs it. */
    static String attributeSpec(Attribute attribute) {
        String spec = attribute.type() + "=";
        if (attribute.value() instanceof AttributeValue.Text text) {
            String value = text.value();
            return PqfEscapes.needsQuotes(value) ? PqfEscapes.quote(spec + value) : spec + value;
        }
        return spec + attribute.value();
    }
}
