package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unigate.marc.DataField;
import org.unigate.marc.Linkage;
import org.unigate.marc.MarcRecord;
import org.unigate.text.ScriptFolding;

/** CJK works: romanised fields linked to vernacular 880s, in either Chinese script. */
class CjkCataloguingTest {

    private static final List<GeneratedRecord> CJK = SampleConsortium.records().stream()
            .filter(r -> r.record().controlField("008").orElseThrow().substring(35, 38).matches("chi|jpn|kor"))
            .toList();

    @Test
    void everyLinkedFieldHasExactlyOneTwinPointingBack() {
        assertThat(CJK).hasSizeGreaterThan(SampleConsortium.records().size() / 5);
        for (GeneratedRecord r : CJK) {
            MarcRecord m = r.record();
            List<DataField> linked = m.dataFields().filter(f -> f.first('6').isPresent()).toList();
            assertThat(linked).isNotEmpty();
            for (DataField f : linked) {
                assertThat(f.subfields().get(0).code()).as("$6 comes first").isEqualTo('6');
                Linkage link = f.linkage().orElseThrow();
                DataField twin = m.linkedTwin(f).orElseThrow(() -> new AssertionError("no twin for " + f));
                assertThat(m.linkedTwin(twin)).containsSame(f);
                assertThat(linked.stream().filter(o -> o != f && o.tag().equals(f.tag())
                        && o.linkage().orElseThrow().occurrence().equals(link.occurrence()))).isEmpty();
                if (f.tag().equals("880")) {
                    assertThat(link.scriptCode()).isEqualTo("$1");
                    assertThat(f.join("abc")).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}].*");
                } else {
                    assertThat(link.linkedTag()).isEqualTo("880");
                    assertThat(f.join("abc")).doesNotContainPattern("[\\p{IsHan}\\p{IsHangul}]");
                }
            }
            assertThat(SampleConsortium.vernacular(m, "245")).isNotNull();
        }
    }

    @Test
    void theSameWorkIsCataloguedInTraditionalByOneMemberAndSimplifiedByAnother() {
        Map<String, List<GeneratedRecord>> byWork = CJK.stream().collect(Collectors.groupingBy(GeneratedRecord::workId));
        long pairs = byWork.values().stream().filter(copies -> {
            List<String> titles = copies.stream().map(c -> SampleConsortium.vernacular(c.record(), "245").first('a').orElseThrow())
                    .map(Punctuation::strip).distinct().toList();
            if (titles.size() < 2) {
                return false;
            }
            // Different strings, one folded form: traditional and simplified spellings of one title.
            assertThat(titles.stream().map(ScriptFolding::fold).distinct()).hasSize(1);
            return true;
        }).count();
        assertThat(pairs).isGreaterThan(20);
    }

    /** Within a language, equal vernacular text (in either Chinese script) is romanised identically. */
    @Test
    void romanisationIsAFunctionOfTheVernacular() {
        Map<String, String> romanByVernacular = new HashMap<>();
        for (GeneratedRecord r : CJK) {
            MarcRecord m = r.record();
            // The same characters read differently in Chinese and Japanese (文学: wen xue, bungaku).
            String lang = m.controlField("008").orElseThrow().substring(35, 38);
            for (String tag : List.of("245", "100", "700", "260", "264", "490", "650")) {
                for (DataField f : m.dataFields(tag)) {
                    m.linkedTwin(f).ifPresent(v -> {
                        String vern = ScriptFolding.fold(bare(v.first('a').orElseThrow()));
                        String roman = bare(f.first('a').orElseThrow());
                        String before = romanByVernacular.putIfAbsent(lang + tag + vern, roman);
                        assertThat(before == null || before.equals(roman)).as(vern + " -> " + before + " / " + roman).isTrue();
                    });
                }
            }
        }
        assertThat(romanByVernacular).hasSizeGreaterThan(500);
    }

    /** The text without whatever ISBD marks a member put after it. */
    private static String bare(String value) {
        return value.replaceAll("[\\s/:;=,.]+$", "");
    }

    @Test
    void eachMemberWritesChineseInTheScriptItsPolicyCallsFor() {
        for (GeneratedRecord r : CJK) {
            Work w = SampleConsortium.works().get(Integer.parseInt(r.workId().substring(1)));
            if (w.language() != Lang.CHINESE) {
                continue;
            }
            boolean simplified = switch (MemberProfiles.of(r.member()).scripts()) {
                case SIMPLIFIED -> true;
                case TRADITIONAL -> false;
                case AS_PUBLISHED -> w.imprint().simplified();
            };
            String title = SampleConsortium.vernacular(r.record(), "245").first('a').orElseThrow();
            assertThat(title).startsWith(simplified ? w.title().simplified() : w.title().traditional());
        }
    }
}
