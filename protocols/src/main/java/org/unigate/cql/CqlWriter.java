package org.unigate.cql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;
import org.unigate.query.Terms;

/**
 * Writes a query tree as canonical CQL that {@link CqlParser} reads back to an equal tree: booleans
 * in lower case, relations spaced ({@code dc.title = x}), terms quoted only when they must be, and
 * parentheses only around a boolean right operand (booleans associate to the left, so a left
 * operand never needs them). A {@code cql.serverChoice = term} clause is written as the bare term.
 *
 * <p>Terms are taken in CQL term syntax. Terms the parser produces are canonical and round-trip
 * exactly; a hand-built term with a bare {@code "} or a trailing lone backslash is written escaped,
 * which reads back as the escaped (equivalent) spelling. A {@link Clause} on {@code cql.resultSetId}
 * with relation {@code =} reads back as the {@link ResultSetRef} it means. Writing does not recurse.
 */
public final class CqlWriter {

    private static final Set<String> SYMBOLS = Set.of("=", "==", "<>", "<", ">", "<=", ">=");

    private CqlWriter() {
    }

    public static String write(SearchQuery query) {
        StringBuilder out = new StringBuilder();
        writeTree(query.root(), out);
        List<SortKey> keys = query.sortKeys();
        if (!keys.isEmpty()) {
            out.append(" sortBy");
            for (SortKey key : keys) {
                out.append(' ').append(term(key.index()));
                modifiers(key.modifiers(), out);
            }
        }
        return out.toString();
    }

    public static String write(Query query) {
        StringBuilder out = new StringBuilder();
        writeTree(query, out);
        return out.toString();
    }

    private static void writeTree(Query root, StringBuilder out) {
        // Work items are queries still to write or literal text, taken last-in first-out.
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof String text) {
                out.append(text);
            } else if (item instanceof BooleanQuery b) {
                boolean nested = b.right() instanceof BooleanQuery;
                if (nested) {
                    work.push(")");
                }
                work.push(b.right());
                StringBuilder op = new StringBuilder(" ").append(b.op().name().toLowerCase(Locale.ROOT));
                modifiers(b.modifiers(), op);
                work.push(op.append(nested ? " (" : " ").toString());
                work.push(b.left());
            } else if (item instanceof Clause c) {
                clause(c, out);
            } else if (item instanceof ResultSetRef r) {
                out.append("cql.resultSetId = ").append(term(Terms.escape(r.name())));
            }
        }
    }

    private static void clause(Clause c, StringBuilder out) {
        Relation r = c.relation();
        if (c.index().equals(Clause.SERVER_CHOICE) && r.base().equals("=") && r.modifiers().isEmpty()) {
            out.append(term(c.term()));
            return;
        }
        out.append(term(c.index())).append(' ').append(relationBase(r.base()));
        modifiers(r.modifiers(), out);
        out.append(' ').append(term(c.term()));
    }

    private static String relationBase(String base) {
        if (SYMBOLS.contains(base) || ClauseReader.isNamedRelation(base) || ClauseReader.isQualifiedName(base)) {
            return base;
        }
        throw new IllegalArgumentException("not a CQL relation: " + base);
    }

    private static void modifiers(List<Modifier> modifiers, StringBuilder out) {
        for (Modifier m : modifiers) {
            if (!isWord(m.name())) {
                throw new IllegalArgumentException("not a CQL modifier name: " + m.name());
            }
            out.append('/').append(m.name());
            if (m.comparison() != null) {
                if (!SYMBOLS.contains(m.comparison())) {
                    throw new IllegalArgumentException("not a CQL comparison: " + m.comparison());
                }
                out.append(m.comparison()).append(term(m.value()));
            }
        }
    }

    /** A term, index, modifier value or result set name in CQL term syntax, quoted when it must be. */
    static String term(String term) {
        String canonical = canonical(term);
        return needsQuotes(canonical) ? quote(canonical) : canonical;
    }

    private static boolean needsQuotes(String s) {
        return CqlToken.booleanWord(s) || s.equalsIgnoreCase("sortby") || !isWord(s);
    }

    /** Whether the lexer reads {@code s} back as exactly one unquoted word. */
    private static boolean isWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || CqlLexer.isDelimiter(c)) {
                return false;
            }
        }
        return true;
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }

    /** Escapes a bare quote and a trailing lone backslash, the two things a quoted term cannot hold. */
    private static String canonical(String term) {
        StringBuilder out = null;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            boolean bare = (c == '"') || (c == '\\' && i == term.length() - 1);
            if (bare && out == null) {
                out = new StringBuilder(term.length() + 4).append(term, 0, i);
            }
            if (out != null) {
                out.append(bare ? "\\" + c : String.valueOf(c));
            }
            if (c == '\\' && i + 1 < term.length()) {
                i++;
                if (out != null) {
                    out.append(term.charAt(i));
                }
            }
        }
        return out == null ? term : out.toString();
    }
}
