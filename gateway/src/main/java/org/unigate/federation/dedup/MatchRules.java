package org.unigate.federation.dedup;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The vetoes on a candidate match. A shared identifier or descriptive key proposes a pair; these
 * rules say whether the two records can still be different manifestations.
 */
final class MatchRules {

    /** Bigram similarity above which two titles are taken as variant transcriptions of one. */
    static final double TITLE_SIMILARITY = 0.6;

    private MatchRules() {
    }

    /** Same carrier, year within one, same language, edition, part, title numbers and citations. */
    static boolean sameManifestation(RecordTraits a, RecordTraits b) {
        return agree(a.edition(), b.edition()) && sameIssue(a, b);
    }

    /**
     * As {@link #sameManifestation}, but a record without an edition statement is taken as a
     * first edition: later editions always say so, first ones often do not. Used when only the
     * description links two records, so a bare record does not join the fifth edition of the
     * same title published the same year.
     */
    static boolean sameDescribedManifestation(RecordTraits a, RecordTraits b) {
        String x = a.edition().isEmpty() ? "1" : a.edition();
        String y = b.edition().isEmpty() ? "1" : b.edition();
        return x.equals(y) && sameIssue(a, b);
    }

    private static boolean sameIssue(RecordTraits a, RecordTraits b) {
        return a.format().equals(b.format())
                && agree(a.carrier(), b.carrier())
                && (a.year() < 0 || b.year() < 0 || Math.abs(a.year() - b.year()) <= 1)
                && agree(a.language(), b.language())
                && (a.parts().isEmpty() ? b.parts().isEmpty() : !Collections.disjoint(a.parts(), b.parts()))
                && (a.titleNumbers().isEmpty() || b.titleNumbers().isEmpty()
                        || a.titleNumbers().equals(b.titleNumbers()))
                && citationsAgree(a, b);
    }

    private static boolean citationsAgree(RecordTraits a, RecordTraits b) {
        if (a.citations().isEmpty() || b.citations().isEmpty()) {
            return true; // agree("", anything) holds: nothing cited on one side vetoes nothing
        }
        for (Map.Entry<String, String> c : a.citations().entrySet()) {
            if (!agree(c.getValue(), b.citations().getOrDefault(c.getKey(), ""))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Some title form of one is a prefix of, or close to, some title form of the other. A record
     * without a title vetoes nothing.
     */
    static boolean titlesAgree(RecordTraits a, RecordTraits b) {
        List<String> left = a.titles();
        List<String> right = b.titles();
        if (left.isEmpty() || right.isEmpty()) {
            return true;
        }
        for (String x : left) {
            for (String y : right) {
                if (x.startsWith(y) || y.startsWith(x) || KeyText.dice(x, y) >= TITLE_SIMILARITY) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The publishers could be one: either is unknown, one name contains the other ("knopf" in
     * "alfredknopf") or they are close. LCCNs need this: a library copying LC's record for the
     * American edition keeps its LCCN on the British one.
     */
    static boolean publishersAgree(RecordTraits a, RecordTraits b) {
        String x = a.publisher();
        String y = b.publisher();
        return x.isEmpty() || y.isEmpty() || x.contains(y) || y.contains(x) || KeyText.dice(x, y) >= TITLE_SIMILARITY;
    }

    private static boolean agree(String x, String y) {
        return x.isEmpty() || y.isEmpty() || x.equals(y);
    }
}
