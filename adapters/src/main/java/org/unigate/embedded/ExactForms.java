package org.unigate.embedded;

import java.util.Locale;
import org.unigate.text.ScriptFolding;

/**
 * The comparable form of a whole value, for exact matches, anchored searches and sort keys:
 * {@link ScriptFolding#fold folded}, every run of punctuation and spaces squeezed to one space,
 * trimmed. So {@code "Hong lou meng /"} and {@code "hong lou meng"} are the same value, as are
 * {@code 紅樓夢} and {@code 红楼梦}, while word order and every word still count.
 */
final class ExactForms {

    /**
     * Longer values are cut (at a code point boundary) on both the index and the query side: a
     * keyword must stay well under Lucene's 32 KiB term limit, and 500 characters identify a value.
     */
    static final int MAX_LENGTH = 500;

    private ExactForms() {
    }

    static String of(String value) {
        String form = squeeze(fold(value)).strip();
        if (form.length() <= MAX_LENGTH) {
            return form;
        }
        int end = Character.isHighSurrogate(form.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return form.substring(0, end).strip();
    }

    /**
     * A fragment of a value (a literal between masks): like {@link #of} but keeps a leading or
     * trailing space, which tells a word boundary next to the mask.
     */
    static String fragment(String value) {
        return squeeze(fold(value));
    }

    /** Plain ASCII folds to lower case alone; only other text needs ICU's (costlier) folding. */
    private static String fold(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                return ScriptFolding.fold(value);
            }
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String squeeze(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordChar(cp)) {
                if (gap) {
                    out.append(' ');
                    gap = false;
                }
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        if (gap) {
            out.append(' ');
        }
        return out.toString();
    }

    /** Letters, digits and the marks that many scripts (Indic, Thai) spell words with. */
    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
