package org.unigate.embedded;

import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.unigate.diag.Condition;
import org.unigate.diag.DiagnosticException;
import org.unigate.query.Clause;
import org.unigate.query.Modifier;
import org.unigate.query.StandardIndex;

/**
 * Translates one clause: resolves its index (an unknown one is reported, never replaced by
 * another), reads its relation and modifiers, and hands the term to the queries of the index's
 * {@link CatalogueSchema.Kind kind}.
 */
final class ClauseTranslator {

    /** Longer terms are refused: no catalogue value needs them and they cost analysis time. */
    static final int MAX_TERM_LENGTH = 1000;

    /** Modifiers that ask for what this index does anyway (folding, masking, word matching). */
    private static final Set<String> IMPLIED_MODIFIERS =
            Set.of("relevant", "ignorecase", "ignoreaccents", "masked", "word", "locale");

    /** A clause made ready for searching. */
    record Resolved(StandardIndex index, String relation, SearchTerm term) {
    }

    private final WordIndexQueries wordIndexes;
    private final KeyIndexQueries keyIndexes = new KeyIndexQueries();
    private final YearQueries years = new YearQueries();

    ClauseTranslator(WordQueries words) {
        this.wordIndexes = new WordIndexQueries(words);
    }

    Query translate(Clause clause) {
        if (clause.index().equalsIgnoreCase("cql.allRecords")) {
            return new MatchAllDocsQuery();
        }
        Resolved r = resolve(clause);
        return switch (CatalogueSchema.kind(r.index())) {
            case WORDS -> wordIndexes.translate(r.index(), r.relation(), r.term());
            case KEYS -> keyIndexes.translate(r.index(), r.relation(), r.term());
            case YEAR -> years.translate(r.relation(), r.term());
        };
    }

    Resolved resolve(Clause clause) {
        StandardIndex index = clause.standardIndex();
        if (index == StandardIndex.UNKNOWN) {
            throw new DiagnosticException(Condition.UNSUPPORTED_INDEX, clause.index());
        }
        String relation = clause.relation().name();
        boolean unmasked = false;
        for (Modifier modifier : clause.relation().modifiers()) {
            String name = modifier.baseName();
            if (name.equals("unmasked")) {
                unmasked = true;
            } else if (name.equals("string") && relation.equals("=")) {
                relation = "exact";
            } else if (!IMPLIED_MODIFIERS.contains(name) && !name.equals("string")) {
                throw new DiagnosticException(Condition.UNSUPPORTED_RELATION_MODIFIER, modifier.name());
            }
        }
        if (relation.equals("scr")) {
            relation = "=";
        }
        if (clause.term().length() > MAX_TERM_LENGTH) {
            throw new DiagnosticException(Condition.TERM_TOO_LONG, clause.term().length() + " characters");
        }
        SearchTerm term = SearchTerm.parse(clause.term(), unmasked);
        if (term.words().isEmpty()) {
            throw new DiagnosticException(Condition.EMPTY_TERM, clause.index());
        }
        return new Resolved(index, relation, term);
    }
}
