package org.unigate.federation.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unigate.text.ScriptFolding;

/**
 * Text normalisation for match keys. Everything goes through {@link ScriptFolding} first (case,
 * width, diacritics, traditional to simplified) so that all keys agree with the index on what
 * "the same" means; then ISBD punctuation and spacing are dropped, since cataloguers and
 * romanisation schemes disagree most on exactly those (pinyin "Zhongguo lishi" against
 * "Zhong guo li shi").
 *
 * <p>No memo of folded values: {@link KeySource} hands each key builder the pieces it shares, so
 * a record's subfields are folded about once, and a lookup cost as much as the folding it saved.
 */
final class KeyText {

    private KeyText() {
    }

    /** Folded letters and digits of the parts, no spaces or punctuation: {@link #tokens} joined. */
    static String compact(String... parts) {
        StringBuilder out = new StringBuilder(32);
        for (String part : parts) {
            appendCompact(part, out);
        }
        return out.toString();
    }

    /** The compacted part appended to {@code out}: one builder for all parts, no token list. */
    static void appendCompact(String part, StringBuilder out) {
        String folded = ScriptFolding.fold(part);
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '&') {
                out.append("and");
            } else if (wordChar(cp)) {
                out.appendCodePoint(cp);
            }
        }
    }

    /** Folded runs of letters and digits (marks count as letters: Indic scripts need them). */
    static List<String> tokens(String... parts) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (String part : parts) {
            String folded = ScriptFolding.fold(part);
            for (int i = 0; i < folded.length(); ) {
                int cp = folded.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '&') {
                    // "&" reads "and": a token of its own.
                    flush(token, out);
                    out.add("and");
                } else if (wordChar(cp)) {
                    token.appendCodePoint(cp);
                } else {
                    flush(token, out);
                }
            }
            flush(token, out);
        }
        return out;
    }

    private static boolean wordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static void flush(StringBuilder token, List<String> out) {
        if (token.length() > 0) {
            out.add(token.toString());
            token.setLength(0);
        }
    }

    /**
     * The runs of ASCII digits, in order, without leading zeros: volume, part and level numbers.
     * Read straight off the folded text: digits are word characters, so a run never spans tokens.
     */
    static Set<String> numbers(String... parts) {
        Set<String> out = null; // most titles have no number: no set for them
        for (String part : parts) {
            String folded = ScriptFolding.fold(part);
            int run = -1;
            for (int i = 0; i <= folded.length(); i++) {
                char c = i < folded.length() ? folded.charAt(i) : ' ';
                boolean digit = c >= '0' && c <= '9';
                if (digit && run < 0) {
                    run = i;
                } else if (!digit && run >= 0) {
                    int from = run;
                    while (from < i - 1 && folded.charAt(from) == '0') {
                        from++;
                    }
                    out = out == null ? new LinkedHashSet<>() : out;
                    out.add(folded.substring(from, i));
                    run = -1;
                }
            }
        }
        return out == null ? Set.of() : out;
    }

    /** Dice coefficient over character bigrams: tolerant of small edits, works for Han too. */
    static double dice(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.length() < 2 || b.length() < 2) {
            return 0.0;
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            Integer left = grams.get(b.substring(i, i + 2));
            if (left != null && left > 0) {
                common++;
                grams.put(b.substring(i, i + 2), left - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }
}
