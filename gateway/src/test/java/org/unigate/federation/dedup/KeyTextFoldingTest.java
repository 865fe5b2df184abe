package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.unigate.text.ScriptFolding;

/** Keys must fold exactly as ScriptFolding does, shortcut or not, or they would not meet the index. */
class KeyTextFoldingTest {

    @ParameterizedTest
    @ValueSource(strings = {"Tōkyō", "Straße", "ﬁnance", "ＡＢＣ１２３", "한국어 문법", "ひらがな・カタカナ",
            "がぎぐ", "Ελληνικά ΆΈΉ", "עִבְרִית", "العَرَبِيَّة", "Tiếng Việt", "Ca. Vē. Cuppiramaṇiyan̲",
            "Åland Øresund", "ʻAksʹhā-yi", "Ⅻ ①", "İstanbul ǅ"})
    void shortcutFoldsLikeScriptFolding(String text) {
        assertThat(new KeyText().fold(text)).isEqualTo(ScriptFolding.fold(text));
    }

    @Test
    void shortcutFoldsEveryRealSubfieldLikeScriptFolding() {
        List<String> values = new ArrayList<>();
        for (String file : List.of("umich.mrc", "princeton.mrc", "marc4j.mrc", "stanford.mrc")) {
            try (Stream<MarcRecord> records = MarcFiles.stream(SharedData.corpusFile(file))) {
                records.flatMap(MarcRecord::dataFields).map(DataField::subfields).flatMap(List::stream)
                        .map(Subfield::value).filter(v -> v.chars().anyMatch(c -> c >= 0x80)).forEach(values::add);
            }
        }
        assertThat(values).hasSizeGreaterThan(1000);
        KeyText text = new KeyText();
        assertThat(values).allSatisfy(v -> assertThat(text.fold(v)).as(v).isEqualTo(ScriptFolding.fold(v)));
    }
}
