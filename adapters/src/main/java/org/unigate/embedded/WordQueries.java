package org.unigate.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Operations;
import org.unigate.query.Terms;

/**
 * Builds the Lucene queries for words against an analysed field: an unmasked word becomes its
 * tokens (one term, or a phrase when analysis splits it, as it does a CJK run into bigrams), a
 * masked word a wildcard over folded literal parts. Each has a span form for proximity.
 */
final class WordQueries {

    private final Analyzer analyzer;

    WordQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A token of analysed query text: its position, token type and character offsets. */
    record Token(String text, int position, String type, int start, int end) {
    }

    /** One word; null when it analyses to nothing (punctuation only). */
    Query word(String field, SearchTerm.Word word) {
        if (word.masked()) {
            return wildcard(field, word);
        }
        return phrase(field, analyze(field, word.literal()));
    }

    /** Text whose tokens must appear in order and adjacent; null when it analyses to nothing. */
    Query phrase(String field, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(field, t.text()), t.position()));
        return phrase.build();
    }

    /** The span form of {@link #word}; null when the word analyses to nothing. */
    SpanQuery spanWord(String field, SearchTerm.Word word) {
        if (word.masked()) {
            return new SpanMultiTermQueryWrapper<>(wildcard(field, word));
        }
        List<Token> tokens = analyze(field, word.literal());
        List<SpanQuery> spans = new ArrayList<>();
        tokens.forEach(t -> spans.add(new SpanTermQuery(new Term(field, t.text()))));
        return inOrder(spans);
    }

    /** Spans that must follow each other directly; null for none. */
    static SpanQuery inOrder(List<SpanQuery> spans) {
        if (spans.isEmpty()) {
            return null;
        }
        return spans.size() == 1 ? spans.get(0) : new SpanNearQuery(spans.toArray(SpanQuery[]::new), 0, true);
    }

    WildcardQuery wildcard(String field, SearchTerm.Word word) {
        String pattern = pattern(word.parts(), literal -> analyzer.normalize(field, literal).utf8ToString());
        return new WildcardQuery(new Term(field, pattern), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }

    /** A wildcard pattern: literal parts normalised and escaped, masks as {@code *} and {@code ?}. */
    static String pattern(List<Terms.Part> parts, UnaryOperator<String> normaliser) {
        StringBuilder pattern = new StringBuilder();
        for (Terms.Part part : parts) {
            if (part instanceof Terms.Literal l) {
                escapeInto(normaliser.apply(l.text()), pattern);
            } else if (part instanceof Terms.AnyRun) {
                pattern.append(WildcardQuery.WILDCARD_STRING);
            } else if (part instanceof Terms.AnyChar) {
                pattern.append(WildcardQuery.WILDCARD_CHAR);
            }
        }
        return pattern.toString();
    }

    static void escapeInto(String literal, StringBuilder pattern) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == WildcardQuery.WILDCARD_STRING || c == WildcardQuery.WILDCARD_CHAR || c == WildcardQuery.WILDCARD_ESCAPE) {
                pattern.append(WildcardQuery.WILDCARD_ESCAPE);
            }
            pattern.append(c);
        }
    }

    /**
     * The analyzer's tokens for {@code text}, positions counted from 0, without the CJK unigrams
     * that a bigram of the query already covers: the bigrams make the phrase (a lone character
     * stays a unigram).
     */
    List<Token> analyze(String field, String text) {
        List<Token> all = new ArrayList<>();
        List<Token> bigrams = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                Token token = new Token(term.toString(), Math.max(position, 0), type.type(),
                        offset.startOffset(), offset.endOffset());
                if (CJKBigramFilter.DOUBLE_TYPE.equals(token.type())) {
                    bigrams.add(token);
                }
                all.add(token);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        List<Token> tokens = new ArrayList<>();
        for (Token t : all) {
            boolean covered = CJKBigramFilter.SINGLE_TYPE.equals(t.type())
                    && bigrams.stream().anyMatch(b -> b.start() <= t.start() && t.end() <= b.end());
            if (!covered) {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
