package org.unigate.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Unicode folding shared by the embedded index, deduplication and query expansion, so all three
 * agree on when two strings are "the same": NFKC case folding (case and width), diacritics
 * removed, and Han characters folded to their simplified form so traditional and simplified
 * spellings meet. Thread-safe.
 */
public final class ScriptFolding {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    // ICU transliterators are not safe to share between threads; each thread builds its own once.
    private static final ThreadLocal<Transliterator> STRIP_MARKS =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC"));
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));

    private ScriptFolding() {
    }

    /** Case, width, diacritics and Chinese script folded: the form to compare and index. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = NFKC_CASEFOLD.normalize(text);
        folded = STRIP_MARKS.get().transliterate(folded);
        if (containsHan(folded)) {
            folded = toSimplified(folded);
        }
        return folded;
    }

    public static String toSimplified(String text) {
        return TO_SIMPLIFIED.get().transliterate(text);
    }

    public static String toTraditional(String text) {
        return TO_TRADITIONAL.get().transliterate(text);
    }

    /** The term as written plus its other Chinese script forms, for members that cannot fold. */
    public static Set<String> scriptVariants(String text) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(text);
        if (containsHan(text)) {
            variants.add(toSimplified(text));
            variants.add(toTraditional(text));
        }
        return variants;
    }

    public static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
