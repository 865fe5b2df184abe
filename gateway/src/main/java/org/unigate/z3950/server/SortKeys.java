package org.unigate.z3950.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.SortKey;
import org.unigate.query.StandardIndex;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Term;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.SortKeySpec;

/**
 * Z39.50 sort keys as the engine's: by title, author or date, ascending or descending. A key is
 * a Bib-1 Use attribute (yaz-client {@code sort 1=4 <}), read through the same index map as
 * searches, or a field name ({@code sort title >}). Anything the engine cannot sort by is refused
 * with the Bib-1 sort diagnostics rather than ignored.
 */
final class SortKeys {

    static final int MAX_KEYS = 3;
    static final Set<StandardIndex> SORTABLE = Set.of(StandardIndex.TITLE, StandardIndex.AUTHOR, StandardIndex.DATE);

    private final Queries queries;

    SortKeys(Queries queries) {
        this.queries = queries;
    }

    List<SortKey> translate(List<SortKeySpec> specs) {
        if (specs.isEmpty()) {
            throw Bib1.failure(Bib1.CANNOT_SORT, "no sort keys");
        }
        if (specs.size() > MAX_KEYS) {
            throw Bib1.failure(Bib1.TOO_MANY_SORT_KEYS, "at most " + MAX_KEYS);
        }
        List<SortKey> keys = new ArrayList<>();
        Set<StandardIndex> seen = new HashSet<>();
        for (SortKeySpec spec : specs) {
            StandardIndex index = index(spec.sortElement());
            if (!seen.add(index)) {
                throw Bib1.failure(Bib1.DUPLICATE_SORT_KEYS, index.cqlName());
            }
            if (spec.missingValueAction() != null && !(spec.missingValueAction() instanceof SortKeySpec.NullValue)) {
                throw Bib1.failure(Bib1.UNSUPPORTED_MISSING_DATA_ACTION, "records without the key sort last");
            }
            keys.add(switch (spec.sortRelation()) {
                case ASCENDING -> SortKey.ascending(index.cqlName());
                case DESCENDING -> SortKey.descending(index.cqlName());
                default -> throw Bib1.failure(Bib1.ILLEGAL_SORT_RELATION, spec.sortRelation().name().toLowerCase(Locale.ROOT));
            });
        }
        return keys;
    }

    private StandardIndex index(SortKeySpec.SortElement element) {
        if (!(element instanceof SortKeySpec.Generic generic)) {
            throw Bib1.failure(Bib1.DATABASE_SPECIFIC_SORT_UNSUPPORTED, "database-specific sort keys");
        }
        StandardIndex index;
        String named;
        if (generic.key() instanceof SortKeySpec.SortField field) {
            named = field.field();
            index = StandardIndex.of(named);
        } else if (generic.key() instanceof SortKeySpec.SortAttributes attributes) {
            named = attributes.attributes().stream().filter(a -> a.type() == Attribute.USE).findFirst()
                    .map(a -> "1=" + (a.numeric() != null ? a.numeric() : a.value())).orElse("no use attribute");
            index = byAttributes(attributes);
        } else {
            throw Bib1.failure(Bib1.CANNOT_SORT, "element specifications");
        }
        if (!SORTABLE.contains(index)) {
            throw Bib1.failure(Bib1.CANNOT_SORT, named);
        }
        return index;
    }

    private StandardIndex byAttributes(SortKeySpec.SortAttributes key) {
        try {
            AttributesPlusTerm probe = new AttributesPlusTerm(key.attributes(), Term.of("x"));
            return queries.clause(key.attributeSet(), probe).standardIndex();
        } catch (DiagnosticException | Bib1.Failure e) {
            return StandardIndex.UNKNOWN;
        }
    }
}
