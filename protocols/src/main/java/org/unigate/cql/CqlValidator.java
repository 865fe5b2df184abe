package org.unigate.cql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.Query;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SearchQuery;
import org.unigate.query.SortKey;
import org.unigate.query.StandardIndex;

/**
 * Checks a parsed query against what a server supports and names each problem with the SRU
 * diagnostic a client expects: unknown context set (15), index (16, details = the index), relation
 * (19), relation modifier (20), masking (13), empty or long term (27, 23), boolean operator or
 * modifier (37, 46), proximity (39-43), result sets (50), sorting (80, 84). {@link #standard()}
 * accepts what {@link StandardIndex} knows and CQL's own relations and modifiers. Immutable and
 * thread-safe; walks the tree without recursion.
 */
public final class CqlValidator {

    private static final Set<String> CQL_RELATIONS = Set.of(
            "=", "==", "<>", "<", ">", "<=", ">=", "adj", "all", "any", "within", "encloses", "exact", "scr");

    /** Relation modifiers of the cql context set, lower-case. */
    private static final Set<String> CQL_RELATION_MODIFIERS = Set.of(
            "relevant", "fuzzy", "stem", "phonetic", "partial", "ignorecase", "respectcase", "ignoreaccents",
            "respectaccents", "locale", "word", "string", "isodate", "number", "uri", "oid", "masked",
            "unmasked", "substring", "regexp");

    /** Modifiers of the sort context set, and their CQL 1.1 unprefixed spellings, lower-case. */
    private static final Set<String> SORT_MODIFIERS = Set.of(
            "ascending", "descending", "ignorecase", "respectcase", "ignoreaccents", "respectaccents",
            "missinghigh", "missinglow", "missingfail", "missingvalue", "locale", "unicodecollation");

    private static final CqlValidator STANDARD = builder().build();

    private final Predicate<String> indexes;
    private final Set<String> contextSets;
    private final Set<String> relations;
    private final Set<String> relationModifiers;
    private final BooleanCheck booleans;
    private final TermCheck terms;
    private final boolean resultSets;
    private final int maxSortKeys;

    private CqlValidator(Builder b) {
        this.indexes = b.indexes;
        this.contextSets = lower(b.contextSets);
        this.relations = lower(b.relations);
        this.relationModifiers = lower(b.relationModifiers);
        this.booleans = new BooleanCheck(Set.copyOf(b.booleans), lower(b.proximityUnits), b.maxDistance);
        this.terms = new TermCheck(b.emptyTerms, b.maxTermLength, b.masking, b.leadingMasking, b.loneMasking);
        this.resultSets = b.resultSets;
        this.maxSortKeys = b.maxSortKeys;
    }

    /** Indexes that {@link StandardIndex} knows, every CQL relation and cql relation modifier, all booleans. */
    public static CqlValidator standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every problem in the query, in query order, each once; empty when the server can run it. */
    public List<Diagnostic> check(SearchQuery query) {
        List<Diagnostic> found = new ArrayList<>();
        Deque<Query> work = new ArrayDeque<>();
        work.push(query.root());
        while (!work.isEmpty()) {
            Query q = work.pop();
            if (q instanceof BooleanQuery b) {
                booleans.check(b, found);
                work.push(b.right());
                work.push(b.left());
            } else if (q instanceof Clause c) {
                clause(c, found);
            } else if (q instanceof ResultSetRef r && !resultSets) {
                found.add(Diagnostic.of(Condition.RESULT_SETS_NOT_SUPPORTED, r.name()));
            }
        }
        sortKeys(query.sortKeys(), found);
        return List.copyOf(new LinkedHashSet<>(found));
    }

    /** Throws the first problem, if any. */
    public void validate(SearchQuery query) {
        List<Diagnostic> problems = check(query);
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems.get(0));
        }
    }

    private void clause(Clause c, List<Diagnostic> out) {
        if (!index(c.index(), out)) {
            return;
        }
        String relation = c.relation().name();
        if (!relations.contains(relation)) {
            out.add(Diagnostic.of(Condition.UNSUPPORTED_RELATION, c.relation().base()));
            return;
        }
        for (Modifier m : c.relation().modifiers()) {
            if (!supportedModifier(m, "cql", relationModifiers)) {
                out.add(Diagnostic.of(Condition.UNSUPPORTED_RELATION_MODIFIER, m.name()));
                return;
            }
        }
        terms.check(c, out);
    }

    /** Context set first, so a client learns it spoke an unknown vocabulary rather than a missing index. */
    private boolean index(String index, List<Diagnostic> out) {
        String prefix = ContextSets.prefixOf(index);
        if (prefix != null && !contextSets.contains(prefix.toLowerCase(Locale.ROOT))) {
            out.add(Diagnostic.of(Condition.UNSUPPORTED_CONTEXT_SET, prefix));
            return false;
        }
        if (!indexes.test(index)) {
            out.add(Diagnostic.of(Condition.UNSUPPORTED_INDEX, index));
            return false;
        }
        return true;
    }

    private void sortKeys(List<SortKey> keys, List<Diagnostic> out) {
        if (keys.size() > maxSortKeys) {
            out.add(maxSortKeys == 0
                    ? Diagnostic.of(Condition.SORT_NOT_SUPPORTED, "sortBy")
                    : Diagnostic.of(Condition.TOO_MANY_SORT_KEYS, Integer.toString(keys.size())));
            return;
        }
        for (SortKey key : keys) {
            if (!index(key.index(), out)) {
                return;
            }
            for (Modifier m : key.modifiers()) {
                if (!supportedModifier(m, "sort", SORT_MODIFIERS)) {
                    out.add(Diagnostic.of(Condition.SORT_NOT_SUPPORTED, m.name()));
                    return;
                }
            }
        }
    }

    /** A modifier of the given context set (prefixed by it or not) named in {@code names}, or named there in full. */
    private static boolean supportedModifier(Modifier m, String set, Set<String> names) {
        String prefix = ContextSets.prefixOf(m.name());
        if (prefix == null || prefix.equalsIgnoreCase(set)) {
            return names.contains(m.baseName());
        }
        return names.contains(m.name().toLowerCase(Locale.ROOT));
    }

    private static Set<String> lower(Collection<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** What a server supports; every setting starts at the {@link #standard()} value. */
    public static final class Builder {
        private Predicate<String> indexes = index -> StandardIndex.of(index) != StandardIndex.UNKNOWN;
        private Collection<String> contextSets = ContextSets.shortNames();
        private Collection<String> relations = CQL_RELATIONS;
        private Collection<String> relationModifiers = CQL_RELATION_MODIFIERS;
        private Set<BooleanOp> booleans = EnumSet.allOf(BooleanOp.class);
        private Collection<String> proximityUnits = Set.of("word", "sentence", "paragraph", "element");
        private int maxDistance = 1000;
        private boolean emptyTerms;
        private int maxTermLength = 1024;
        private boolean masking = true;
        private boolean leadingMasking = true;
        private boolean loneMasking;
        private boolean resultSets = true;
        private int maxSortKeys = 8;

        private Builder() {
        }

        /** The indexes a server has, by exact name (case-insensitive). */
        public Builder indexes(Collection<String> names) {
            Set<String> known = lower(names);
            return indexes(index -> known.contains(index.toLowerCase(Locale.ROOT)));
        }

        public Builder indexes(Predicate<String> supported) {
            this.indexes = supported;
            return this;
        }

        /** Prefixes of the context sets a server speaks; an index with another prefix gets diagnostic 15. */
        public Builder contextSets(Collection<String> prefixes) {
            this.contextSets = List.copyOf(prefixes);
            return this;
        }

        /** Relation names without the {@code cql.} prefix: {@code =}, {@code any}, {@code adj}, ... */
        public Builder relations(Collection<String> names) {
            this.relations = List.copyOf(names);
            return this;
        }

        /** cql relation modifiers by bare name ({@code relevant}); others by full name ({@code bib.portion}). */
        public Builder relationModifiers(Collection<String> names) {
            this.relationModifiers = List.copyOf(names);
            return this;
        }

        /** The boolean operators a server runs; without {@link BooleanOp#PROX} proximity gets diagnostic 39. */
        public Builder booleans(Set<BooleanOp> ops) {
            this.booleans = EnumSet.noneOf(BooleanOp.class);
            this.booleans.addAll(ops);
            return this;
        }

        public Builder proximityUnits(Collection<String> units) {
            this.proximityUnits = List.copyOf(units);
            return this;
        }

        public Builder maxProximityDistance(int distance) {
            this.maxDistance = distance;
            return this;
        }

        public Builder emptyTerms(boolean supported) {
            this.emptyTerms = supported;
            return this;
        }

        public Builder maxTermLength(int length) {
            this.maxTermLength = length;
            return this;
        }

        /** Whether {@code *} and {@code ?} are supported at all. */
        public Builder masking(boolean supported) {
            this.masking = supported;
            return this;
        }

        /** Whether a word may start with a mask ({@code *ology}). */
        public Builder leadingMasking(boolean supported) {
            this.leadingMasking = supported;
            return this;
        }

        /** Whether a word may be masks only ({@code *}); off by default, as it asks for everything. */
        public Builder loneMasking(boolean supported) {
            this.loneMasking = supported;
            return this;
        }

        public Builder resultSets(boolean supported) {
            this.resultSets = supported;
            return this;
        }

        /** At most this many sort keys; 0 means the server does not sort. */
        public Builder maxSortKeys(int keys) {
            this.maxSortKeys = keys;
            return this;
        }

        public CqlValidator build() {
            return new CqlValidator(this);
        }
    }
}
