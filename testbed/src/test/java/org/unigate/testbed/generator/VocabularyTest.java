package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marc4j.converter.impl.AnselToUnicode;
import org.marc4j.converter.impl.UnicodeToAnsel;
import org.unigate.text.ScriptFolding;

/** The word lists can be written in MARC-8 and romanise consistently. */
class VocabularyTest {

    private static final Vocabulary V = Vocabulary.standard();

    private static List<Lexicon.Word> words(Lexicon.Cjk c) {
        List<Lexicon.Word> all = new ArrayList<>();
        for (List<Lexicon.Word> list : List.of(c.places(), c.periods(), c.topics(), c.suffixes(), c.fictionNouns(),
                c.fictionAdjectives(), c.surnames(), c.givenNames())) {
            all.addAll(list);
        }
        return all;
    }

    private static List<Text> texts(Lang lang) {
        Lexicon.Cjk c = V.cjk(lang);
        List<Text> all = new ArrayList<>(words(c).stream().map(Lexicon.Word::text).toList());
        c.publishers().forEach(p -> {
            all.add(p.publisher());
            all.add(p.place());
        });
        all.addAll(c.series());
        return all;
    }

    @Test
    void everyVernacularFormSurvivesMarc8() {
        UnicodeToAnsel out = new UnicodeToAnsel();
        AnselToUnicode in = new AnselToUnicode();
        for (Lang lang : List.of(Lang.CHINESE, Lang.JAPANESE, Lang.KOREAN)) {
            for (Text t : texts(lang)) {
                for (String s : List.of(t.traditional(), t.simplified(), t.roman())) {
                    assertThat(Normalizer.normalize(in.convert(out.convert(s)), Normalizer.Form.NFC)).isEqualTo(s);
                }
            }
        }
        for (Lexicon.EuropeanName n : V.european(Lang.FRENCH).names()) {
            String s = n.surname() + ", " + n.forenames();
            assertThat(Normalizer.normalize(in.convert(out.convert(s)), Normalizer.Form.NFC)).isEqualTo(s);
        }
    }

    @Test
    void traditionalAndSimplifiedFormsFoldTogether() {
        long differing = texts(Lang.CHINESE).stream().filter(t -> !t.traditional().equals(t.simplified()))
                .peek(t -> assertThat(ScriptFolding.fold(t.traditional())).isEqualTo(ScriptFolding.fold(t.simplified())))
                .count();
        assertThat(differing).isGreaterThan(50);
    }

    /** Capitals aside (森 is "Mori" as a name, "mori" as a forest), each word reads one way. */
    @Test
    void eachVernacularWordHasOneRomanisation() {
        for (Lang lang : List.of(Lang.CHINESE, Lang.JAPANESE, Lang.KOREAN)) {
            Map<String, String> seen = new HashMap<>();
            for (Text t : texts(lang)) {
                String before = seen.putIfAbsent(t.traditional(), t.roman());
                assertThat(before == null || before.equalsIgnoreCase(t.roman())).as(t.traditional()).isTrue();
            }
        }
    }

    @Test
    void cjkTopicsNameEnglishTopicsThatClassify() {
        for (Lang lang : List.of(Lang.CHINESE, Lang.JAPANESE, Lang.KOREAN)) {
            V.cjk(lang).topics().forEach(w -> assertThat(V.topic(w.note()).lcMax()).isGreaterThanOrEqualTo(V.topic(w.note()).lcMin()));
        }
    }
}
