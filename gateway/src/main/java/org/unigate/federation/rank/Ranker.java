package org.unigate.federation.rank;

import java.util.ArrayList;
import java.util.List;
import org.unigate.union.RecordMemo;
import org.unigate.union.UnionRecord;
import org.unigate.marc.MarcRecord;
import org.unigate.federation.rank.QueryTerms.Token;
import org.unigate.federation.rank.RecordText.Group;

/**
 * Relevance across members, whose own scores are not comparable: each query word found in a
 * record's title, author, subject or other descriptive fields adds that field group's weight
 * (matched on folded text, vernacular 880s included), a whole phrase found in the title adds a
 * bonus, and works held by more members rank higher. Then the records are put in the
 * {@link SortOrder}. Thread-safe.
 *
 * <p>A record's folded text does not depend on the query, so {@link #prepare} reads it into the
 * fetch round's memory while slower members are still answering: once the slowest answers,
 * ranking mostly matches terms.
 */
public final class Ranker {

    static final double[] WEIGHTS = {4.0, 3.0, 2.0, 1.0};
    static final double PHRASE_BONUS = 2.0;
    static final double HOLDER_BOOST = 0.25;

    /** Reads the records' text, from the last, ahead of the ranking that will include them. */
    public void prepare(List<MarcRecord> records, RecordMemo<RecordText> texts) {
        for (int i = records.size() - 1; i >= 0; i--) {
            try {
                texts.get(records.get(i), RecordText::of);
            } catch (RuntimeException garbled) {
                // rank() meets it again and puts the record at the bottom.
            }
        }
    }

    /** The records with their relevance scores, in the given order. */
    public List<UnionRecord> rank(List<UnionRecord> records, QueryTerms terms, SortOrder order) {
        return rank(records, terms, order, new RecordMemo<>());
    }

    /** As {@link #rank(List, QueryTerms, SortOrder)}, with the text of records {@link #prepare}d ahead. */
    public List<UnionRecord> rank(List<UnionRecord> records, QueryTerms terms, SortOrder order,
                                  RecordMemo<RecordText> texts) {
        List<Ranked> ranked = new ArrayList<>(records.size());
        for (UnionRecord record : records) {
            ranked.add(analyse(record, terms, order, texts));
        }
        ranked.sort(order.comparator());
        List<UnionRecord> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            out.add(r.record().withScore(r.score()));
        }
        return List.copyOf(out);
    }

    private static Ranked analyse(UnionRecord record, QueryTerms terms, SortOrder order,
                                  RecordMemo<RecordText> texts) {
        int holders = record.holdingMembers().size();
        try {
            double score = relevance(texts.get(record.record(), RecordText::of), terms, holders);
            SortValues values = order.byRelevance() ? null : SortValues.of(record.record());
            return new Ranked(record, score, values);
        } catch (RuntimeException e) {
            // A record too garbled to read still takes part, at the bottom.
            return new Ranked(record, 0, new SortValues(null, null, null));
        }
    }

    public static double relevance(RecordText text, QueryTerms terms, int holders) {
        double match = 0;
        for (Token token : terms.tokens()) {
            for (Group group : Group.values()) {
                if (contains(text.text(group), token)) {
                    match += WEIGHTS[group.ordinal()];
                }
            }
        }
        for (String phrase : terms.phrases()) {
            if (text.title().contains(phrase)) {
                match += PHRASE_BONUS;
            }
        }
        return (1 + match) * (1 + HOLDER_BOOST * Math.max(0, holders - 1));
    }

    static boolean contains(String text, Token token) {
        if (token.cjk()) {
            for (String form : token.forms()) {
                if (text.contains(form)) {
                    return true;
                }
            }
            return false;
        }
        String word = token.text();
        int from = 0;
        int at;
        while ((at = text.indexOf(word, from)) >= 0) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Fold.isWordChar(text.codePointBefore(at));
            boolean endsWord = token.prefix() || end == text.length() || !Fold.isWordChar(text.codePointAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }
}
