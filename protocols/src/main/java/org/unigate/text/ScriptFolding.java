package org.unigate.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unicode folding shared by the embedded index, deduplication and query expansion, so all three
 * agree on when two strings are "the same": NFKC case folding (case and width), diacritics
 * (non-spacing marks) removed, and Han characters folded to their simplified form so traditional
 * and simplified spellings meet. Thread-safe.
 *
 * <p>{@link #fold} is on the hot path (deduplication folds every subfield of every record a union
 * search returns) and must not cost what ICU's rule-based transliterators do, a hundred
 * microseconds a call. Its Traditional-Simplified step is ICU's mapping of single characters,
 * read out once into a lookup table ({@link HanTable}). It differs from the transliterator only
 * where ICU's phrase rules keep a character in context (名著 keeps its 著, which alone becomes
 * 着): folding every character the same way is what a comparison needs, since a traditional
 * spelling and its simplified form still fold alike (ScriptFoldingTest holds that over the real
 * corpus). {@link #toSimplified} and {@link #toTraditional} produce text for people and members
 * to read, so they keep ICU's phrase-aware conversion.
 */
public final class ScriptFolding {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    // ICU transliterators are not safe to share between threads; each thread builds its own once.
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
        String simple = foldAsciiOrIdeographs(text);
        return simple != null ? simple : foldFully(text);
    }

    /** The full pipeline: NFKC case fold, marks removed, Han simplified. */
    static String foldFully(String text) {
        String folded = withoutMarks(NFKC_CASEFOLD.normalize(text));
        return containsHan(folded) ? Simplified.TABLE.convert(folded) : folded;
    }

    /**
     * {@link #foldFully} for text made only of ASCII and CJK Unified Ideographs, or null for any
     * other text. Vernacular titles are mostly such text, and for it the ICU steps reduce to
     * lower-casing A-Z: all these characters are normalisation-inert and none is or decomposes
     * to a mark (ScriptFoldingTest holds that for each of them). This skips two normalisations
     * and their copies on the hot path.
     */
    static String foldAsciiOrIdeographs(String text) {
        char[] lowered = null;
        boolean han = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (lowered == null) {
                    lowered = text.toCharArray();
                }
                lowered[i] = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80) {
                if (!isUnifiedIdeograph(c)) {
                    return null;
                }
                han = true;
            }
        }
        String plain = lowered == null ? text : new String(lowered);
        return han ? Simplified.TABLE.convert(plain) : plain;
    }

    /** CJK Unified Ideographs and Extension A: the blocks the fast path of {@link #fold} takes. */
    static boolean isUnifiedIdeograph(int c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF;
    }

    /** Traditional to simplified Chinese as ICU converts it, phrase rules included. */
    public static String toSimplified(String text) {
        return TO_SIMPLIFIED.get().transliterate(text);
    }

    /** Simplified to traditional Chinese as ICU converts it, phrase rules included. */
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
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** NFD, non-spacing marks dropped, NFC: "Tōkyō" becomes "Tokyo". Text without marks comes back as is. */
    private static String withoutMarks(String text) {
        String decomposed = NFD.normalize(text);
        StringBuilder out = null;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            boolean mark = UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK;
            if (mark && out == null) {
                out = new StringBuilder(decomposed.length()).append(decomposed, 0, i);
            } else if (!mark && out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : NFC.normalize(out);
    }

    /** Built on first use (some ten milliseconds): a gateway that never folds Chinese never pays for it. */
    private static final class Simplified {
        static final HanTable TABLE = HanTable.of(Transliterator.getInstance("Traditional-Simplified"));
    }

    /**
     * A transliterator's mapping of single characters as a table: for each code point it may
     * change (its source set), what it changes that character alone to. BMP-to-BMP mappings,
     * nearly all of them, sit in a char array indexed by code point (zero: unchanged); the rest in
     * a small map. Immutable, so one table serves every thread.
     */
    static final class HanTable {
        /** In the BMP array: look in the map (a noncharacter, never a conversion's result). */
        private static final char LONGER = '\uFFFF';

        private final char[] bmp;
        private final Map<Integer, String> other;

        private HanTable(char[] bmp, Map<Integer, String> other) {
            this.bmp = bmp;
            this.other = Map.copyOf(other);
        }

        static HanTable of(Transliterator icu) {
            char[] bmp = new char[0x10000];
            Map<Integer, String> other = new HashMap<>();
            for (UnicodeSetIterator it = new UnicodeSetIterator(icu.getSourceSet()); it.next(); ) {
                if (it.codepoint == UnicodeSetIterator.IS_STRING) {
                    continue;
                }
                String in = UCharacter.toString(it.codepoint);
                String out = icu.transliterate(in);
                if (out.equals(in)) {
                    continue;
                }
                if (it.codepoint < 0x10000 && out.length() == 1 && out.charAt(0) != LONGER) {
                    bmp[it.codepoint] = out.charAt(0);
                } else {
                    other.put(it.codepoint, out);
                    if (it.codepoint < 0x10000) {
                        bmp[it.codepoint] = LONGER;
                    }
                }
            }
            return new HanTable(bmp, other);
        }

        /** The characters the table changes; for tests that hold it against ICU. */
        UnicodeSet changed() {
            UnicodeSet set = new UnicodeSet();
            for (int c = 0; c < bmp.length; c++) {
                if (bmp[c] != 0 && bmp[c] != LONGER) {
                    set.add(c);
                }
            }
            other.keySet().forEach(set::add);
            return set.freeze();
        }

        String convert(String text) {
            StringBuilder out = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                char single = cp < 0x10000 ? bmp[cp] : 0;
                String longer = single == LONGER || cp >= 0x10000 && !other.isEmpty() ? other.get(cp) : null;
                if ((single != 0 || longer != null) && out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                if (out != null) {
                    if (longer != null) {
                        out.append(longer);
                    } else if (single != 0) {
                        out.append(single);
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
                i += Character.charCount(cp);
            }
            return out == null ? text : out.toString();
        }
    }

    /** For tests: the characters fold's Han step changes. */
    static UnicodeSet simplifiedCharacters() {
        return Simplified.TABLE.changed();
    }
}
