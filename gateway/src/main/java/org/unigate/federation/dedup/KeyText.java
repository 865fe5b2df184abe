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
 * <p>One record's keys look at the same subfields several times, so an instance folds each
 * distinct non-ASCII value once. Use one instance per record; it is not thread-safe.
 */
final class KeyText {

    private final Map<String, String> folded = new HashMap<>();

    /** Folded letters and digits of the parts, no spaces or punctuation. */
    String compact(String... parts) {
        return String.join("", tokens(parts));
    }

    /** Folded runs of letters and digits (marks count as letters: Indic scripts need them). */
    List<String> tokens(String... parts) {
        List<String> out = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (String part : parts) {
            String folded = fold(part);
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

    /** The runs of ASCII digits, in order, without leading zeros: volume, part and level numbers. */
    Set<String> numbers(String... parts) {
        Set<String> out = new LinkedHashSet<>();
        for (String token : tokens(parts)) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i <= token.length(); i++) {
                char c = i < token.length() ? token.charAt(i) : ' ';
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                } else if (digits.length() > 0) {
                    int zeros = 0;
                    while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
                        zeros++;
                    }
                    out.add(digits.substring(zeros));
                    digits.setLength(0);
                }
            }
        }
        return out;
    }

    /** {@link ScriptFolding#fold}, remembered per value; ASCII is folded at once, being cheaper than a lookup. */
    String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return folded.computeIfAbsent(text, ScriptFolding::fold);
            }
        }
        return ScriptFolding.fold(text);
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
