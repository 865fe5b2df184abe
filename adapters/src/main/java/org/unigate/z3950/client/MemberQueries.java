package org.unigate.z3950.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.indexmap.CqlToRpn;
import org.unigate.indexmap.IndexMap;
import org.unigate.member.MemberSpec;
import org.unigate.query.Clause;
import org.unigate.query.SearchQuery;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;

/**
 * The member's view of the gateway's queries: its index map (the default map, or the member's
 * cql2pqf file, with its single-line overrides on top) turns a query into Type-1 RPN, and an
 * index into the Use attribute to scan. An index the map lacks raises a diagnostic; nothing is
 * rewritten into another index. Immutable and thread-safe.
 */
final class MemberQueries {

    private final CqlToRpn translator;

    MemberQueries(IndexMap map) {
        this.translator = new CqlToRpn(map);
    }

    /** @throws IllegalArgumentException when the member's index map cannot be read */
    static MemberQueries of(MemberSpec spec) {
        IndexMap base = IndexMap.defaultMap();
        if (spec.indexMap() != null) {
            try {
                base = IndexMap.load(Path.of(spec.indexMap()));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("Z39.50 member " + spec.id() + ": cannot read index map "
                        + spec.indexMap() + ": " + e.getMessage(), e);
            }
        }
        return new MemberQueries(spec.indexOverrides().isEmpty() ? base : base.withOverrides(spec.indexOverrides()));
    }

    /** @throws DiagnosticException for what the map cannot express (unsupported index, relation, ...) */
    RpnQuery translate(SearchQuery query) {
        return translator.translate(query);
    }

    /** The attributes and start term of a scan of {@code index}: the index's Use attribute only. */
    AttributesPlusTerm scanStart(String index, String startTerm) {
        RpnQuery probe = translator.translate(SearchQuery.of(Clause.of(index, "=", "x")));
        if (!(probe.root() instanceof AttributesPlusTerm operand)) {
            throw new DiagnosticException(Condition.UNSUPPORTED_INDEX, index + " (cannot be scanned)");
        }
        List<Attribute> use = operand.attributes().stream().filter(a -> a.type() == Attribute.USE).toList();
        if (use.isEmpty()) {
            throw new DiagnosticException(Condition.UNSUPPORTED_INDEX, index + " (no Use attribute to scan)");
        }
        return new AttributesPlusTerm(use, Term.of(startTerm));
    }
}
