package org.unigate.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unigate.cql.CqlToken.Kind;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.Relation;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SortKey;

/**
 * Reads the flat parts of CQL, none of which nest: search clauses, relations, modifier lists,
 * prefix assignments and sort keys. {@link QueryReader} handles parentheses and booleans.
 */
final class ClauseReader {

    static final Set<String> NAMED_RELATIONS = Set.of("adj", "all", "any", "within", "encloses", "exact", "scr");

    private static final Set<String> RESULT_SET_INDEXES = Set.of(
            "cql.resultsetid", "cql.resultset", "cql.resultsetname",
            "srw.resultsetid", "srw.resultset", "srw.resultsetname");

    private final TokenCursor cursor;

    ClauseReader(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** {@code index relation term}, or a bare term searched in {@code cql.serverChoice}. */
    Query searchClause(PrefixScope scope) {
        CqlToken first = cursor.peek();
        if (!first.isTerm()) {
            throw cursor.expected("a search term");
        }
        cursor.next();
        if (!startsRelation()) {
            return new Clause(Clause.SERVER_CHOICE, Relation.EQ, restOfTerm(first.text()));
        }
        String index = scope.resolveIndex(first.text());
        Relation relation = relation(scope);
        if (!cursor.peek().isTerm()) {
            throw cursor.expected("a search term");
        }
        String term = restOfTerm(cursor.next().text());
        if (RESULT_SET_INDEXES.contains(index.toLowerCase(Locale.ROOT))
                && (relation.base().equals("=") || relation.base().equals("=="))
                && relation.modifiers().isEmpty()) {
            return new ResultSetRef(literal(term));
        }
        return new Clause(index, relation, term);
    }

    /**
     * Whether the current token is a relation: a symbol, or a word naming one of CQL's relations
     * (plain or {@code cql.}-prefixed). A word like {@code prefix.name} is one only when a term or modifier follows, so that
     * {@code site www.example.org} stays a term. Any other word continues an unquoted multi-word
     * term, which YAZ and cql-java accept too ({@code harry potter}).
     */
    private boolean startsRelation() {
        CqlToken t = cursor.peek();
        if (t.is(Kind.SYMBOL) || (t.is(Kind.WORD) && isNamedRelation(t.text()))) {
            return true;
        }
        if (!t.is(Kind.WORD) || !isQualifiedName(t.text())) {
            return false;
        }
        CqlToken after = cursor.peek(1);
        return after.is(Kind.SLASH) || continuesTerm(after);
    }

    static boolean isNamedRelation(String word) {
        int from = word.regionMatches(true, 0, "cql.", 0, 4) ? 4 : 0;
        for (String name : NAMED_RELATIONS) {
            if (word.length() - from == name.length() && word.regionMatches(true, from, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code prefix.name}: name characters only, a dot neither first nor last. */
    static boolean isQualifiedName(String word) {
        int dot = word.indexOf('.');
        if (dot <= 0 || word.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The term that starts with {@code first}, joined with the unquoted or quoted words after it. */
    private String restOfTerm(String first) {
        if (!continuesTerm(cursor.peek())) {
            return first;
        }
        StringBuilder term = new StringBuilder(first);
        while (continuesTerm(cursor.peek())) {
            term.append(' ').append(cursor.next().text());
        }
        return term.toString();
    }

    /** A quoted string or a word that is not a boolean or {@code sortBy}. */
    private static boolean continuesTerm(CqlToken t) {
        return t.is(Kind.QUOTED) || (t.is(Kind.WORD) && !t.isReserved());
    }

    private Relation relation(PrefixScope scope) {
        CqlToken t = cursor.next();
        String base = t.is(Kind.SYMBOL) ? t.text() : scope.resolveQualified(t.text());
        return new Relation(base, modifiers(scope));
    }

    /** {@code /name} or {@code /name comparison value}, repeated; empty when no slash follows. */
    List<Modifier> modifiers(PrefixScope scope) {
        if (!cursor.peek().is(Kind.SLASH)) {
            return List.of();
        }
        List<Modifier> modifiers = new ArrayList<>();
        while (cursor.peek().is(Kind.SLASH)) {
            cursor.next();
            if (!cursor.peek().is(Kind.WORD)) {
                throw cursor.expected("a modifier name");
            }
            String name = scope.resolveQualified(cursor.next().text());
            if (!cursor.peek().is(Kind.SYMBOL)) {
                modifiers.add(Modifier.of(name));
                continue;
            }
            String comparison = cursor.next().text();
            if (!cursor.peek().isTerm()) {
                throw cursor.expected("a modifier value");
            }
            modifiers.add(Modifier.of(name, comparison, cursor.next().text()));
        }
        return modifiers;
    }

    /** A prefix assignment: the prefix (null for the default context set), its URI, and where the URI stands. */
    record Assignment(String prefix, String identifier, int position) {
    }

    /** After {@code >}: {@code prefix = "uri"} or {@code "uri"}. */
    Assignment prefixAssignment() {
        if (!cursor.peek().isTerm()) {
            throw cursor.expected("a prefix or context set identifier");
        }
        CqlToken first = cursor.next();
        if (!cursor.peek().isSymbol("=")) {
            return new Assignment(null, literal(first.text()), first.start());
        }
        cursor.next();
        if (!cursor.peek().isTerm()) {
            throw cursor.expected("a context set identifier");
        }
        CqlToken uri = cursor.next();
        return new Assignment(first.text(), literal(uri.text()), uri.start());
    }

    /** One or more {@code index[/modifier...]} after {@code sortBy}. */
    List<SortKey> sortKeys(PrefixScope scope) {
        if (!cursor.peek().isTerm()) {
            throw cursor.expected("a sort key");
        }
        List<SortKey> keys = new ArrayList<>();
        while (cursor.peek().isTerm()) {
            String index = scope.resolveIndex(cursor.next().text());
            keys.add(new SortKey(index, modifiers(scope)));
        }
        return keys;
    }

    /** Resolves backslash escapes only; masks stay as they are (result set names, URIs). */
    static String literal(String term) {
        if (term.indexOf('\\') < 0) {
            return term;
        }
        StringBuilder out = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            out.append(c == '\\' && i + 1 < term.length() ? term.charAt(++i) : c);
        }
        return out.toString();
    }
}
