package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.member.MemberRecord;

/** The vetoes that keep a shared identifier or key from joining different manifestations. */
class MatchVetoTest {

    private final ClusteringDeduplicator dedup = new ClusteringDeduplicator();

    private static TestRecords mann(String publisher) {
        return TestRecords.book("1933").field("010", "  ", "a", "   33027469 ")
                .field("100", "1 ", "a", "Mann, Thomas,")
                .field("245", "10", "a", "Past masters :", "b", "and other papers /")
                .field("260", "  ", "a", "London :", "b", publisher, "c", "[1933]");
    }

    @Test
    void lccnCopiedOntoTheBritishEditionDoesNotJoinItToTheAmericanOne() {
        var american = mann("A.A. Knopf,").from("yale", "1");
        var british = mann("M. Secker,").from("yale", "2");
        var americanAgain = mann("Alfred A. Knopf,").from("other", "3");
        assertThat(dedup.merge(List.of(american, british, americanAgain)))
                .extracting(u -> u.sources().size()).containsExactly(2, 1);
    }

    @Test
    void serialsWhoseMembersReportDifferentFirstVolumesStillMatchOnIssn() {
        var a = new TestRecords().leader("00000cas a2200000 a 4500")
                .control("008", "750101c18839999nyuwr p       0   a0eng d")
                .field("022", "0 ", "a", "0036-8075").field("245", "00", "a", "Science.").from("m1", "1");
        var b = new TestRecords().leader("00000cas a2200000 a 4500")
                .control("008", "750101c18809999dcuwr p       0   a0eng d")
                .field("022", "0 ", "a", "0036-8075").field("245", "00", "a", "Science.").from("m2", "2");
        assertThat(dedup.merge(List.of(a, b))).hasSize(1);
    }

    @Test
    void recordWithoutEditionStatementDoesNotJoinALaterEditionOfTheSameYear() {
        var bare = TestRecords.book("2025").field("100", "1 ", "a", "Perry, Laura B.")
                .field("245", "10", "a", "Understanding constitutional law /")
                .field("264", " 1", "b", "Routledge,", "c", "2025.").from("m1", "1");
        var fifth = TestRecords.book("2025").field("100", "1 ", "a", "Perry, Laura B.")
                .field("245", "10", "a", "Understanding constitutional law /").field("250", "  ", "a", "Fifth edition.")
                .field("264", " 1", "b", "Routledge,", "c", "2025.").from("m2", "2");
        var first = TestRecords.book("2025").field("100", "1 ", "a", "Perry, Laura B.")
                .field("245", "10", "a", "Understanding constitutional law /").field("250", "  ", "a", "1st ed.")
                .field("264", " 1", "b", "Routledge,", "c", "2025.").from("m3", "3");
        assertThat(dedup.merge(List.of(bare, fifth, first))).extracting(u -> u.sources().size()).containsExactly(2, 1);
    }

    @Test
    void recordingAndScoreWithOneDescriptionStayApart() {
        var disc = new TestRecords().leader("00000ncm a2200000 a 4500").f008("1988", "eng", ' ')
                .field("100", "1 ", "a", "Dobbins, Bill").field("245", "10", "a", "Modal jazz")
                .field("260", "  ", "b", "Advance Music,", "c", "1988").field("300", "  ", "a", "1 sound disc :").from("m1", "1");
        var score = new TestRecords().leader("00000ncm a2200000 a 4500").f008("1988", "eng", ' ')
                .field("100", "1 ", "a", "Dobbins, Bill").field("245", "10", "a", "Modal jazz")
                .field("260", "  ", "b", "Advance Music,", "c", "1988")
                .field("300", "  ", "a", "1 score + parts + 1 book (46 p.)").from("m2", "2");
        assertThat(dedup.merge(List.of(disc, score))).hasSize(2);
    }

    @Test
    void sameOclcNumberMatchesDespiteALocallyEditedTitle() {
        var a = TestRecords.book("2018").field("035", "  ", "a", "(OCoLC)1005104504")
                .field("245", "10", "a", "Asperger's children :", "b", "the origins of autism in Nazi Vienna /").from("m1", "1");
        var b = TestRecords.book("2018").field("035", "  ", "a", "(OCoLC)ocn1005104504")
                .field("245", "10", "a", "Test record").from("m2", "2");
        assertThat(dedup.merge(List.of(a, b))).hasSize(1);
    }

    @Test
    void isbnSharedByUnrelatedTitlesOrOtherLevelsDoesNotJoinThem() {
        var unrelated = TestRecords.book("1998").field("020", "  ", "a", "0395855357")
                .field("245", "10", "a", "Reading comprehension workbook.").from("m1", "1");
        var levelThree = TestRecords.book("1998").field("020", "  ", "a", "0395855357")
                .field("245", "10", "a", "Spelling and vocabulary. Level 3").from("m2", "2");
        var levelOne = TestRecords.book("1998").field("020", "  ", "a", "0395855357")
                .field("245", "10", "a", "Spelling and vocabulary. Level 1").from("m3", "3");
        var levelOneAgain = TestRecords.book("1998").field("020", "  ", "a", "978-0-395-85535-5")
                .field("245", "10", "a", "Spelling & vocabulary, level 1").from("m4", "4");
        assertThat(dedup.merge(List.of(unrelated, levelThree, levelOne, levelOneAgain)))
                .extracting(u -> u.sources().size()).containsExactly(1, 1, 2);
    }

    @Test
    void editionsCitedUnderDifferentNumbersInOneBibliographyStayApart() {
        var a = fragment("GW 8769/10");
        var b = fragment("GW 8798/10");
        var c = fragment("GW 8769/10");
        assertThat(dedup.merge(List.of(a.from("m1", "1"), b.from("m2", "2"), c.from("m3", "3"))))
                .extracting(u -> u.sources().size()).containsExactly(2, 1);
    }

    private static TestRecords fragment(String citation) {
        String[] parts = citation.split(" ");
        return TestRecords.book("1465").field("100", "1 ", "a", "Donatus, Aelius.")
                .field("245", "10", "a", "Ars minor [fragment].")
                .field("260", "  ", "b", "Prototypography,", "c", "about 1465-1480].")
                .field("510", "4 ", "a", parts[0], "c", parts[1]);
    }

    @Test
    void romanisedAndVernacularPartNamesAgree() {
        var romanised = TestRecords.book("1982").f008("1982", "chi", ' ')
                .field("245", "00", "6", "880-01", "a", "Zhong yi da ci dian.", "p", "Zhong yao fen ce /")
                .field("260", "  ", "6", "880-02", "b", "Ren min wei sheng chu ban she,", "c", "1982.")
                .field("880", "00", "6", "245-01/$1", "a", "中醫大辭典.", "p", "中藥分冊 /")
                .field("880", "  ", "6", "260-02/$1", "b", "人民衛生出版社,", "c", "1982.").from("m1", "1");
        var vernacularOnly = TestRecords.book("1982").f008("1982", "chi", ' ')
                .field("245", "00", "a", "中医大辞典.", "p", "中药分册 /")
                .field("260", "  ", "b", "人民卫生出版社,", "c", "1982.").from("m2", "2");
        var otherPart = TestRecords.book("1982").f008("1982", "chi", ' ')
                .field("245", "00", "a", "中医大辞典.", "p", "方剂分册 /")
                .field("260", "  ", "b", "人民卫生出版社,", "c", "1982.").from("m3", "3");
        assertThat(dedup.merge(List.of(romanised, vernacularOnly, otherPart)))
                .extracting(u -> u.sources().size()).containsExactly(2, 1);
    }

    @Test
    void thousandsOfRecordsSharingAPlaceholderIsbnStayApart() {
        List<MemberRecord> input = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            input.add(TestRecords.book("2001").field("020", "  ", "a", "1234567897")
                    .field("245", "10", "a", "Volume number " + i).from("m" + (i % 8), String.valueOf(i)));
        }
        assertThat(dedup.merge(input)).hasSize(3000);
    }
}
