package org.unigate.embedded;

import java.util.ArrayList;
import java.util.List;
import org.unigate.query.Terms;

/**
 * A clause term read for searching: its words (split at white space, masks kept with the word
 * they touch) and whether {@code ^} anchors it to the start or end of a field value. A caret
 * anywhere else has no meaning in CQL and is dropped.
 */
record SearchTerm(List<Word> words, boolean anchoredStart, boolean anchoredEnd) {

    /** One word of the term: literal runs and masks, in order. */
    record Word(List<Terms.Part> parts) {

        boolean masked() {
            return parts.stream().anyMatch(p -> !(p instanceof Terms.Literal));
        }

        String literal() {
            StringBuilder out = new StringBuilder();
            parts.forEach(p -> {
                if (p instanceof Terms.Literal l) {
                    out.append(l.text());
                }
            });
            return out.toString();
        }
    }

    /**
     * @param unmasked true for the {@code /unmasked} relation modifier: {@code *} and {@code ?}
     *                 are then ordinary characters
     */
    static SearchTerm parse(String term, boolean unmasked) {
        List<Terms.Part> parts = new ArrayList<>(Terms.parse(term));
        boolean start = !parts.isEmpty() && parts.get(0) instanceof Terms.Anchor;
        boolean end = parts.size() > 1 && parts.get(parts.size() - 1) instanceof Terms.Anchor;
        List<Word> words = new ArrayList<>();
        List<Terms.Part> current = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (Terms.Part part : parts) {
            if (part instanceof Terms.Anchor) {
                continue;
            }
            String text = part instanceof Terms.Literal l ? l.text()
                    : unmasked ? (part instanceof Terms.AnyRun ? "*" : "?") : null;
            if (text == null) {
                flushLiteral(literal, current);
                current.add(part);
                continue;
            }
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    flushLiteral(literal, current);
                    flushWord(current, words);
                } else {
                    literal.appendCodePoint(cp);
                }
            }
        }
        flushLiteral(literal, current);
        flushWord(current, words);
        return new SearchTerm(List.copyOf(words), start, end);
    }

    boolean anchored() {
        return anchoredStart || anchoredEnd;
    }

    boolean masked() {
        return words.stream().anyMatch(Word::masked);
    }

    /** The words' literal text joined by single spaces (masks left out). */
    String literal() {
        return String.join(" ", words.stream().map(Word::literal).toList());
    }

    /** All words' parts with a literal space between words: the term as one value. */
    List<Terms.Part> joinedParts() {
        List<Terms.Part> parts = new ArrayList<>();
        for (Word word : words) {
            if (!parts.isEmpty()) {
                parts.add(new Terms.Literal(" "));
            }
            parts.addAll(word.parts());
        }
        return parts;
    }

    private static void flushLiteral(StringBuilder literal, List<Terms.Part> current) {
        if (!literal.isEmpty()) {
            current.add(new Terms.Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static void flushWord(List<Terms.Part> current, List<Word> words) {
        if (!current.isEmpty()) {
            words.add(new Word(List.copyOf(current)));
            current.clear();
        }
    }
}
