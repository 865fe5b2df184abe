package org.unigate.testbed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/** The benchmarks search the words most titles share, never function words or words an index may split. */
class TitleWordsTest {

    private static MarcRecord titled(String a, String b) {
        List<Subfield> subfields = b == null ? List.of(new Subfield('a', a))
                : List.of(new Subfield('a', a), new Subfield('b', b));
        return new MarcRecord("00000nam a2200000 a 4500", List.of(new DataField("245", '1', '0', subfields)));
    }

    @Test
    void theWordsOfMostTitlesComeFirst() {
        List<String> words = TitleWords.mostFrequent(Stream.of(
                titled("The history of jazz", "a survey"),
                titled("Jazz guitar", null),
                titled("A history of the guitar and its music", "jazz, jazz, jazz"),
                titled("Über die Musik", null)), 3);
        assertThat(words).containsExactly("jazz", "guitar", "history");
    }

    @Test
    void functionWordsShortWordsAndNonAsciiWordsAreLeftOut() {
        List<String> words = TitleWords.mostFrequent(Stream.of(
                titled("The art of the fugue", "and other works"),
                titled("Les fleurs du mal", "für die Kinder"),
                titled("Über die Musik", null)), 20);
        assertThat(words).containsExactlyInAnyOrder("art", "fugue", "works", "fleurs", "mal", "kinder", "musik");
    }
}
