package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 880 linkage on the corpus's real CJK records: romanised fields and their vernacular twins. */
class AlternateGraphicLinkageTest {

    @Test
    void linkedCjkFieldsFindTheirTwinsBothWays() {
        int linked880 = 0;
        int symmetric = 0;
        int records = 0;
        int vernacularTitles = 0;
        List<String> broken = new ArrayList<>();
        for (MarcRecord record : cjkRecordsWith880()) {
            records++;
            for (DataField alt : record.dataFields(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
                if (alt.linkage().isEmpty() || alt.linkage().get().unlinked()) {
                    continue;
                }
                linked880++;
                Optional<DataField> regular = record.romanized(alt);
                if (regular.isPresent() && record.vernacular(regular.get()).orElse(null) == alt
                        && !regular.get().tag().equals("880")) {
                    symmetric++;
                } else if (broken.size() < 20) {
                    broken.add(record.controlNumber().orElse("?") + " " + alt.first('6').orElse(""));
                }
            }
            Optional<DataField> title = record.vernacular("245");
            if (title.isPresent() && isCjk(title.get().join("ab"))) {
                vernacularTitles++;
            }
        }
        System.out.printf("CJK records with 880: %d; linked 880s paired both ways: %d/%d; vernacular CJK titles: %d%n",
                records, symmetric, linked880, vernacularTitles);
        assertThat(records).isGreaterThan(150);
        assertThat(symmetric).as("unpaired: " + broken).isGreaterThanOrEqualTo(linked880 * 98 / 100);
        assertThat(vernacularTitles).isGreaterThan(records * 3 / 4);
    }

    @Test
    void anUnlinkedOrMisnamedPartnerIsHandled() {
        DataField romanTitle = field("245", "880-01", "Kokoro");
        DataField vernacularTitle = field("880", "246-01/$1", "こころ"); // names the wrong tag, as real records do
        DataField unlinked = field("880", "500-00/$1", "注記");
        MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", List.of(romanTitle, vernacularTitle, unlinked));

        assertThat(record.vernacular(romanTitle)).containsSame(vernacularTitle);
        assertThat(record.romanized(vernacularTitle)).containsSame(romanTitle);
        assertThat(record.linkedTwin(unlinked)).isEmpty();
        assertThat(record.alternateGraphics("500")).containsExactly(unlinked);
        assertThat(record.vernacular("500")).containsSame(unlinked);
        assertThat(record.vernacular("245")).containsSame(vernacularTitle);
    }

    @Test
    void occurrenceNumbersMatchWhateverTheirLeadingZeros() {
        DataField regular = field("100", "880-1", "Lu, Xun");
        DataField alt = field("880", "100-01/$1", "魯迅");
        MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", List.of(regular, alt));
        assertThat(record.linkedTwin(regular)).containsSame(alt);
        assertThat(record.linkedTwin(alt)).containsSame(regular);
    }

    @Test
    void alternateGraphicsFindTwinsAsTheRecordDoesWithoutRereading() {
        DataField title = field("245", "880-01", "Kokoro");
        DataField author = field("100", "880-02", "Natsume, Soseki");
        DataField publisher = field("260", "880-03", "Iwanami");
        DataField altTitle = field("880", "246-01/$1", "こころ"); // the lone 880 of occurrence 01
        DataField altAuthor = field("880", "100-02/$1", "夏目漱石");
        DataField altPublisherA = field("880", "260-03/$1", "岩波書店");
        DataField altPublisherB = field("880", "250-03/$1", "第一版"); // 260 named, so it is not the twin
        DataField unlinkedNote = field("880", "500-00/$1", "注記");
        DataField subject = field("650", "880-04", "Japanese fiction"); // names an 880 that is missing
        MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", List.of(title, author, publisher, subject,
                altTitle, altAuthor, altPublisherA, altPublisherB, unlinkedNote));
        AlternateGraphics alternates = AlternateGraphics.of(record.fields());

        assertThat(alternates.twinOf(title)).containsSame(altTitle);
        assertThat(alternates.twinOf(author)).containsSame(altAuthor);
        assertThat(alternates.twinOf(publisher)).containsSame(altPublisherA);
        assertThat(alternates.twinOf(subject)).isEmpty();
        assertThat(alternates.unlinked("500")).containsSame(unlinkedNote);
        assertThat(alternates.unlinked("245")).isEmpty();
        for (DataField regular : List.of(title, author, publisher, subject)) {
            assertThat(record.linkedTwin(regular)).isEqualTo(alternates.twinOf(regular));
        }
    }

    @Test
    void twoUnnamedPartnersOfOneOccurrenceAreNoTwin() {
        DataField title = field("245", "880-01", "Kokoro");
        MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", List.of(title,
                field("880", "246-01/$1", "こころ"), field("880", "240-01/$1", "心")));
        assertThat(AlternateGraphics.of(record.fields()).twinOf(title)).isEmpty();
        assertThat(record.linkedTwin(title)).isEmpty();
    }

    private static DataField field(String tag, String linkage, String text) {
        return new DataField(tag, '1', '0', List.of(new Subfield('6', linkage), new Subfield('a', text)));
    }

    private static List<MarcRecord> cjkRecordsWith880() {
        CorpusIndex index = CorpusIndex.main();
        Map<String, List<MarcRecord>> files = new HashMap<>();
        List<MarcRecord> out = new ArrayList<>();
        for (String[] row : index.rows()) {
            if (index.get(row, "cjk_script").isEmpty() || index.get(row, "n880").equals("0")) {
                continue;
            }
            List<MarcRecord> file = files.computeIfAbsent(index.get(row, "file"), CorpusRecords::read);
            out.add(file.get(Integer.parseInt(index.get(row, "pos"))));
        }
        return out;
    }

    static boolean isCjk(String text) {
        return text.codePoints().anyMatch(c -> {
            UnicodeScript s = UnicodeScript.of(c);
            return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
                    || s == UnicodeScript.HANGUL;
        });
    }
}
