package org.unigate.cql;

import java.util.ArrayList;
import java.util.List;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.query.Clause;
import org.unigate.query.Terms;

/**
 * The rules for one search term: emptiness, length and masking. Masking is judged word by word,
 * since {@code any}, {@code all} and multi-word {@code =} search each word on its own.
 */
record TermCheck(boolean emptyTerms, int maxTermLength, boolean masking, boolean leadingMasking,
        boolean loneMasking) {

    void check(Clause clause, List<Diagnostic> out) {
        String term = clause.term();
        if (term.isBlank() && !emptyTerms) {
            out.add(Diagnostic.of(Condition.EMPTY_TERM, clause.index()));
            return;
        }
        if (term.length() > maxTermLength) {
            out.add(Diagnostic.of(Condition.TERM_TOO_LONG, shorten(term)));
            return;
        }
        if (clause.relation().modifier("unmasked").isPresent()) {
            return;
        }
        for (String word : words(term)) {
            String problem = maskingProblem(Terms.parse(word));
            if (problem != null) {
                out.add(Diagnostic.of(Condition.UNSUPPORTED_WILDCARD, problem + ": " + shorten(term)));
                return;
            }
        }
    }

    private String maskingProblem(List<Terms.Part> parts) {
        boolean masked = false;
        boolean literal = false;
        Terms.Part first = null;
        for (Terms.Part p : parts) {
            masked |= p instanceof Terms.AnyRun || p instanceof Terms.AnyChar;
            literal |= p instanceof Terms.Literal;
            if (first == null && !(p instanceof Terms.Anchor)) {
                first = p;
            }
        }
        if (!masked) {
            return null;
        }
        if (!masking) {
            return "masking is not supported";
        }
        if (!literal && !loneMasking) {
            return "a term of masking characters only is not supported";
        }
        if (!leadingMasking && !(first instanceof Terms.Literal)) {
            return "leading masking is not supported";
        }
        return null;
    }

    /** Splits at unescaped spaces; an escaped space belongs to its word. */
    static List<String> words(String term) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '\\') {
                i++;
            } else if (CqlLexer.isSpace(c)) {
                if (i > start) {
                    words.add(term.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (start < term.length()) {
            words.add(term.substring(start));
        }
        return words;
    }

    static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "...";
    }
}
