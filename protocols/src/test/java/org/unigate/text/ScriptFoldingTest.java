package org.unigate.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.testing.SharedData;

/**
 * The fast folding must give what ICU's rule-based pipeline gives (NFKC case fold; "NFD;
 * [:Nonspacing Mark:] Remove; NFC"; Traditional-Simplified when Han is present) character by
 * character, and traditional and simplified spellings must still fold alike.
 */
class ScriptFoldingTest {

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
    private static final Transliterator STRIP_MARKS = Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");

    /** ICU's pipeline, its Han step applied to each character alone. */
    private static String reference(String text) {
        String folded = STRIP_MARKS.transliterate(Normalizer2.getNFKCCasefoldInstance().normalize(text));
        if (!ScriptFolding.containsHan(folded)) {
            return folded;
        }
        StringBuilder out = new StringBuilder();
        folded.codePoints().forEach(cp -> out.append(TO_SIMPLIFIED.transliterate(UCharacter.toString(cp))));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tōkyō", "Straße", "ﬁnance", "ＡＢＣ１２３", "한국어 문법", "ひらがな・カタカナ",
            "がぎぐ", "Ελληνικά ΆΈΉ", "עִבְרִית", "العَرَبِيَّة", "Tiếng Việt", "Ca. Vē. Cuppiramaṇiyan̲",
            "Åland Øresund", "ʻAksʹhā-yi", "Ⅻ ①", "İstanbul ǅ", "中國歷史地圖集", "臺灣 𠀀 𪚥", "Plain ASCII Title"})
    void foldsLikeIcusPipeline(String text) {
        assertThat(ScriptFolding.fold(text)).isEqualTo(reference(text));
    }

    @Test
    void foldsCaseWidthDiacriticsAndTraditionalHan() {
        assertThat(ScriptFolding.fold("中國歷史 Tōkyō ＡＢＣ")).isEqualTo("中国历史 tokyo abc");
        assertThat(ScriptFolding.toSimplified("中國歷史")).isEqualTo("中国历史");
        assertThat(ScriptFolding.toTraditional("中国历史")).isEqualTo("中國歷史");
        assertThat(ScriptFolding.scriptVariants("历史")).containsExactly("历史", "歷史");
        assertThat(ScriptFolding.fold("")).isEmpty();
        assertThat(ScriptFolding.fold(null)).isEmpty();
    }

    @Test
    void foldsEveryHanCharacterAsIcuConvertsItAlone() {
        UnicodeSet han = new UnicodeSet("[:Han:]");
        for (UnicodeSetIterator it = new UnicodeSetIterator(han); it.next(); ) {
            String c = UCharacter.toString(it.codepoint);
            assertThat(ScriptFolding.fold(c)).as("U+%04X", it.codepoint).isEqualTo(reference(c));
        }
        assertThat(ScriptFolding.simplifiedCharacters().size()).isGreaterThan(2000);
    }

    /**
     * The fast path must be the full pipeline for every character it takes, alone and among the
     * others; that none of them combines with its predecessor is what makes the single
     * characters speak for any string of them.
     */
    @Test
    void fastPathAgreesWithIcuForEveryAsciiAndUnifiedIdeograph() {
        Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        int checked = 0;
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (cp >= 0x80 && !ScriptFolding.isUnifiedIdeograph(cp)) {
                continue;
            }
            String c = UCharacter.toString(cp);
            String lower = cp >= 'A' && cp <= 'Z' ? UCharacter.toString(cp + 32) : c;
            // Normalising each character alone equals normalising the string when none combines with what precedes it.
            assertThat(nfkcCasefold.hasBoundaryBefore(cp) && nfd.hasBoundaryBefore(cp) && nfd.isNormalized(lower))
                    .as("U+%04X starts a normalisation segment", cp).isTrue();
            for (String text : List.of(c, "Ab " + c + "-Z9", c + "中國")) {
                assertThat(ScriptFolding.foldAsciiOrIdeographs(text)).as("U+%04X in %s", cp, text)
                        .isEqualTo(ScriptFolding.foldFully(text));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(0x80 + (0x4DBF - 0x3400 + 1) + (0x9FFF - 0x4E00 + 1));
    }

    @Test
    void fastPathLeavesOtherTextToIcu() {
        assertThat(ScriptFolding.foldAsciiOrIdeographs("中國歷史 Tōkyō")).isNull();
        assertThat(ScriptFolding.foldAsciiOrIdeographs("ＡＢＣ")).isNull();
        assertThat(ScriptFolding.foldAsciiOrIdeographs("中國歷史地圖集 = The Atlas"))
                .isEqualTo("中国历史地图集 = the atlas");
        assertThat(ScriptFolding.fold("Plain ASCII")).isEqualTo("plain ascii");
    }

    @Test
    void phraseRulesAreLeftToTheReadableConversions() {
        assertThat(ScriptFolding.toSimplified("名著")).isEqualTo("名著");
        assertThat(ScriptFolding.fold("名著")).isEqualTo(ScriptFolding.fold("名着"));
    }

    @Test
    void foldsEveryRealSubfieldAsIcuDoes() {
        List<String> values = new ArrayList<>();
        for (String file : List.of("umich.mrc", "princeton.mrc", "marc4j.mrc", "trln.mrc")) {
            try (Stream<MarcRecord> records = MarcFiles.stream(SharedData.corpusFile(file))) {
                records.flatMap(MarcRecord::dataFields).map(DataField::subfields).flatMap(List::stream)
                        .map(Subfield::value).filter(v -> v.chars().anyMatch(c -> c >= 0x80)).forEach(values::add);
            }
        }
        assertThat(values).hasSizeGreaterThan(1000);
        assertThat(values).allSatisfy(v -> assertThat(ScriptFolding.fold(v)).as(v).isEqualTo(reference(v)));
    }

    @Test
    void traditionalAndSimplifiedSpellingsOfRealTitlesFoldAlike() {
        List<String> han = new ArrayList<>();
        for (String file : List.of("umich.mrc", "trln.mrc", "princeton.mrc")) {
            try (Stream<MarcRecord> records = MarcFiles.stream(SharedData.corpusFile(file))) {
                records.flatMap(MarcRecord::dataFields).map(DataField::subfields).flatMap(List::stream)
                        .map(Subfield::value).filter(ScriptFolding::containsHan).forEach(han::add);
            }
        }
        assertThat(han).hasSizeGreaterThan(500);
        assertThat(han).allSatisfy(v -> {
            assertThat(ScriptFolding.fold(TO_SIMPLIFIED.transliterate(v))).as(v).isEqualTo(ScriptFolding.fold(v));
            assertThat(ScriptFolding.fold(TO_TRADITIONAL.transliterate(v))).as(v).isEqualTo(ScriptFolding.fold(v));
        });
    }
}
