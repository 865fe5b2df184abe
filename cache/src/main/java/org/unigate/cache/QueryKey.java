package org.unigate.cache;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;

/**
 * A structural key of a query tree: two queries get the same key exactly when every front end
 * would have to send the members the same search, so a cache keyed by it can never answer one
 * query with another's results. Only what is insignificant by definition is normalised: case of
 * index, relation and modifier names (CQL treats them case-insensitively) and Unicode canonical
 * equivalence of terms (NFC). Terms keep their case and spacing, index names are not aliased and
 * boolean operands are not reordered, because members may treat those differently.
 */
public record QueryKey(String value) {

    public QueryKey {
        Objects.requireNonNull(value, "value");
    }

    public static QueryKey of(SearchQuery query) {
        StringBuilder out = new StringBuilder(64);
        append(out, query.root());
        for (SortKey key : query.sortKeys()) {
            out.append(" sortBy ").append(lower(key.index()));
            appendModifiers(out, key.modifiers());
        }
        return new QueryKey(out.toString());
    }

    private static void append(StringBuilder out, Query query) {
        if (query instanceof Clause c) {
            out.append('(').append(lower(c.index())).append(' ');
            appendRelation(out, c.relation());
            out.append(' ');
            quote(out, Normalizer.normalize(c.term(), Normalizer.Form.NFC));
            out.append(')');
        } else if (query instanceof BooleanQuery b) {
            out.append('(').append(b.op().name());
            appendModifiers(out, b.modifiers());
            out.append(' ');
            append(out, b.left());
            out.append(' ');
            append(out, b.right());
            out.append(')');
        } else if (query instanceof ResultSetRef r) {
            out.append("(set ");
            quote(out, r.name());
            out.append(')');
        }
    }

    private static void appendRelation(StringBuilder out, Relation relation) {
        out.append(relation.base());
        appendModifiers(out, relation.modifiers());
    }

    private static void appendModifiers(StringBuilder out, List<Modifier> modifiers) {
        for (Modifier m : modifiers) {
            out.append('/').append(lower(m.name()));
            if (m.comparison() != null) {
                out.append(m.comparison());
                quote(out, m.value());
            }
        }
    }

    /** Quotes so that no term can imitate the structure around it. */
    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\\') {
                out.append('\\');
            }
            out.append(ch);
        }
        out.append('"');
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
