package org.unigate.federation.rank;

import com.ibm.icu.text.Normalizer2;

/**
 * Folding for ranking: case, width and diacritics, as {@link org.unigate.text.ScriptFolding#fold}
 * does, but left decomposed and without its Traditional-to-Simplified transliteration, by far the costliest step and
 * one ranking would pay for every title, name and subject of every record it sees. Query words
 * in Han script are matched in all their script forms instead (see {@link QueryTerms}), which is
 * computed once per query. Plain ASCII, most catalogue text, takes a fast path.
 */
final class Fold {

    /** NFKC case folding left decomposed, so marks can be dropped in the same pass. */
    private static final Normalizer2 NFKD_CASEFOLD = Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.DECOMPOSE);

    private Fold() {
    }

    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return foldUnicode(text);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'A' && out[i] <= 'Z') {
                out[i] = (char) (out[i] + ('a' - 'A'));
            }
        }
        return new String(out);
    }

    /**
     * Case folded, compatibility-decomposed and without combining marks. The result stays
     * decomposed (Hangul as jamo, too): fine for matching and sorting, since query words and
     * record text are folded the same way.
     */
    /** Appends the folded text without an intermediate string when it is plain ASCII. */
    static void appendFolded(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                out.append(foldUnicode(text));
                return;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
    }

    private static String foldUnicode(String text) {
        String decomposed = NFKD_CASEFOLD.normalize(text);
        StringBuilder kept = null;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (kept == null) {
                    kept = new StringBuilder(decomposed.length()).append(decomposed, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? decomposed : kept.toString();
    }

    /** Scripts written without spaces between words: matched as substrings, not as words. */
    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }
}
