package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.member.MemberRecord;

class ClusteringDeduplicatorTest {

    private final ClusteringDeduplicator dedup = new ClusteringDeduplicator();

    private static TestRecords hobbit(String year) {
        return TestRecords.book(year)
                .field("100", "1 ", "a", "Tolkien, J. R. R.")
                .field("245", "14", "a", "The hobbit /")
                .field("260", "  ", "a", "Boston :", "b", "Houghton Mifflin,", "c", year);
    }

    private static TestRecords chineseBook(String title245, String author, String publisher) {
        return TestRecords.book("2009").f008("2009", "chi", ' ')
                .field("100", "1 ", "6", "880-01", "a", "Da, Qiao.")
                .field("245", "10", "6", "880-02", "a", "Tu shuo Zhongguo jie /")
                .field("260", "  ", "6", "880-03", "b", "Zhongguo she hui ke xue chu ban she,", "c", "2009.")
                .field("880", "1 ", "6", "100-01/$1", "a", author)
                .field("880", "10", "6", "245-02/$1", "a", title245)
                .field("880", "  ", "6", "260-03/$1", "b", publisher, "c", "2009.");
    }

    private static List<List<String>> clusters(List<UnionRecord> merged) {
        return merged.stream()
                .map(u -> u.heldBy().stream().map(h -> h.memberId() + ":" + h.localId()).toList()).toList();
    }

    @Test
    void aFetchRoundMergesAsThePlainMergeDoesWhateverWasPreparedAhead() {
        var a = hobbit("1997").field("020", "  ", "a", "0395071224").from("m1", "1");
        var b = hobbit("1997").field("020", "  ", "a", "9780395071229").from("m2", "2");
        var c = chineseBook("圖說中國節 /", "達巧.", "中國社會科學出版社,").from("m1", "3");
        var d = chineseBook("图说中国节 /", "达巧.", "中国社会科学出版社,").from("m3", "4");
        List<MemberRecord> all = List.of(a, b, c, d);

        var round = dedup.round();
        round.prepare(List.of(a, c));
        List<UnionRecord> merged = round.merge(all);

        assertThat(clusters(merged)).isEqualTo(clusters(new ClusteringDeduplicator().merge(all)))
                .containsExactly(List.of("m1:1", "m2:2"), List.of("m1:3", "m3:4"));
        assertThat(merged).extracting(UnionRecord::unionId)
                .isEqualTo(new ClusteringDeduplicator().merge(all).stream().map(UnionRecord::unionId).toList());
        round.finish();
        assertThat(clusters(dedup.round().merge(all))).as("a later round, keys remembered").isEqualTo(clusters(merged));
    }

    @Test
    void isbnTenAndThirteenOfOneBookMatch() {
        var a = hobbit("1997").field("020", "  ", "a", "0395071224 (hardcover)").from("m1", "1");
        var b = TestRecords.book("1997").field("020", "  ", "a", "978-0-395-07122-9")
                .field("245", "10", "a", "Hobbit, or, There and back again").from("m2", "9");
        assertThat(clusters(dedup.merge(List.of(a, b)))).containsExactly(List.of("m1:1", "m2:9"));
    }

    @Test
    void oclcNumbersWithDifferentPrefixesMatch() {
        var a = hobbit("1997").field("035", "  ", "a", "(OCoLC)ocm00043887").from("m1", "1");
        var b = hobbit("1997").field("035", "  ", "a", "(OCoLC)43887").from("m2", "2");
        assertThat(dedup.merge(List.of(a, b))).hasSize(1);
    }

    @Test
    void traditionalAndSimplifiedVernacularCataloguingMatch() {
        var traditional = chineseBook("圖說中國節 /", "達巧.", "中國社會科學出版社,").from("taipei", "t1");
        var simplified = chineseBook("图说中国节 /", "达巧.", "中国社会科学出版社,").from("beijing", "s1");
        // Different romanisation spacing on the second member, so only the vernacular key can match.
        var vernacularOnly = TestRecords.book("2009").f008("2009", "chi", ' ')
                .field("100", "1 ", "a", "达巧.")
                .field("245", "10", "a", "图说中国节 /")
                .field("260", "  ", "b", "中国社会科学出版社,", "c", "2009.").from("shanghai", "v1");
        assertThat(clusters(dedup.merge(List.of(traditional, simplified, vernacularOnly))))
                .containsExactly(List.of("taipei:t1", "beijing:s1", "shanghai:v1"));
    }

    @Test
    void romanisedOnlyRecordMatchesOneWith880Fields() {
        var with880 = chineseBook("圖說中國節 /", "達巧.", "中國社會科學出版社,").from("m1", "1");
        var romanisedOnly = TestRecords.book("2009").f008("2009", "chi", ' ')
                .field("100", "1 ", "a", "Da, Qiao,")
                .field("245", "10", "a", "Tushuo Zhongguojie")
                .field("260", "  ", "b", "Zhongguo shehui kexue chubanshe", "c", "2009").from("m2", "2");
        assertThat(dedup.merge(List.of(with880, romanisedOnly))).hasSize(1);
    }

    @Test
    void editionsWithDifferentYearsAndIsbnsStayApart() {
        var first = hobbit("1966").field("020", "  ", "a", "0395071224").from("m1", "1");
        var later = hobbit("1997").field("020", "  ", "a", "0618162216").from("m2", "2");
        var laterNoIsbn = hobbit("1997").from("m3", "3");
        assertThat(clusters(dedup.merge(List.of(first, later, laterNoIsbn))))
                .containsExactly(List.of("m1:1"), List.of("m2:2", "m3:3"));
    }

    @Test
    void sameTitleByDifferentAuthorsStaysApart() {
        var a = TestRecords.book("2001").field("100", "1 ", "a", "Smith, Ann.")
                .field("245", "10", "a", "Collected poems /").field("260", "  ", "b", "Faber,", "c", "2001").from("m1", "1");
        var b = TestRecords.book("2001").field("100", "1 ", "a", "Jones, Bob.")
                .field("245", "10", "a", "Collected poems /").field("260", "  ", "b", "Faber,", "c", "2001").from("m2", "2");
        assertThat(dedup.merge(List.of(a, b))).hasSize(2);
    }

    @Test
    void disagreeingIsbnsBlockADescriptiveMatch() {
        var hardback = hobbit("1997").field("020", "  ", "a", "0395071224").from("m1", "1");
        var paperback = hobbit("1997").field("020", "  ", "a", "0618162216").from("m2", "2");
        assertThat(dedup.merge(List.of(hardback, paperback))).hasSize(2);
    }

    @Test
    void setIsbnSharedByVolumesDoesNotJoinThem() {
        var v1 = volume("v. 1").from("m1", "1");
        var v2 = volume("v. 2").from("m2", "2");
        var v1Again = volume("v. 1").from("m3", "3");
        assertThat(clusters(dedup.merge(List.of(v1, v2, v1Again))))
                .containsExactly(List.of("m1:1", "m3:3"), List.of("m2:2"));
    }

    private static TestRecords volume(String number) {
        return TestRecords.book("2001").field("020", "  ", "a", "0395071224 (set)")
                .field("100", "1 ", "a", "Tolkien, J. R. R.")
                .field("245", "10", "a", "Works.", "n", number);
    }

    @Test
    void printAndEbookSharingAnIsbnStayApart() {
        var print = hobbit("2006").field("020", "  ", "a", "0141028157").from("m1", "1");
        var ebook = hobbit("2006").f008("2006", "eng", 'o').field("020", "  ", "a", "0141028157").from("m2", "2");
        assertThat(dedup.merge(List.of(print, ebook))).hasSize(2);
    }

    @Test
    void heldByCarriesEveryMembersLocalIdAndHoldings() {
        var a = hobbit("1997").field("020", "  ", "a", "0395071224")
                .field("852", "0 ", "a", "MiU", "h", "PR6039.O32 H6").from("m1", "a1");
        var b = hobbit("1997").field("020", "  ", "a", "0395071224")
                .field("856", "40", "u", "https://example.org/hobbit").from("m2", "b7");
        UnionRecord union = dedup.merge(List.of(a, b)).get(0);
        assertThat(union.heldBy()).extracting(HeldBy::memberId, HeldBy::localId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("m1", "a1"), org.assertj.core.groups.Tuple.tuple("m2", "b7"));
        assertThat(union.heldBy().get(0).holdings()).singleElement().satisfies(f -> assertThat(f.tag()).isEqualTo("852"));
        assertThat(union.heldBy().get(1).holdings()).singleElement().satisfies(f -> assertThat(f.tag()).isEqualTo("856"));
        assertThat(union.sources()).containsExactly(a, b);
    }

    @Test
    void fullestRecordIsChosenWithoutPreference() {
        var sparse = hobbit("1997").field("020", "  ", "a", "0395071224").from("m1", "1");
        var full = hobbit("1997").field("020", "  ", "a", "0395071224")
                .field("500", "  ", "a", "Sequel: The lord of the rings.")
                .field("650", " 0", "a", "Middle Earth (Imaginary place)", "v", "Fiction.").from("m2", "2");
        assertThat(dedup.merge(List.of(sparse, full)).get(0).record()).isSameAs(full.record());
    }

    @Test
    void preferredMemberWinsOverFullness() {
        var sparse = hobbit("1997").field("020", "  ", "a", "0395071224").from("national", "1");
        var full = hobbit("1997").field("020", "  ", "a", "0395071224")
                .field("650", " 0", "a", "Middle Earth (Imaginary place)").from("m2", "2");
        var preferring = new ClusteringDeduplicator(List.of("national"));
        assertThat(preferring.merge(List.of(full, sparse)).get(0).record()).isSameAs(sparse.record());
    }

    @Test
    void outputFollowsTheFirstAppearanceOfEachCluster() {
        var x1 = hobbit("1966").field("020", "  ", "a", "0395071224").from("m1", "x1");
        var y1 = hobbit("1997").field("020", "  ", "a", "0618162216").from("m1", "y1");
        var y2 = hobbit("1997").field("020", "  ", "a", "0618162216").from("m2", "y2");
        var x2 = hobbit("1966").field("020", "  ", "a", "0395071224").from("m2", "x2");
        assertThat(clusters(dedup.merge(List.of(y1, x1, x2, y2))))
                .containsExactly(List.of("m1:y1", "m2:y2"), List.of("m1:x1", "m2:x2"));
    }

    @Test
    void unionIdIsTheHashOfTheSmallestMemberAndLocalIdInStringOrder() throws Exception {
        // "m10:5" sorts before "m1:9" (':' follows the digits), and "m2:a" before "m2:ab".
        List<MemberRecord> cluster = List.of(hobbit("1997").from("m1", "9"), hobbit("1997").from("m2", "ab"),
                hobbit("1997").from("m10", "5"), hobbit("1997").from("m2", "a"));
        for (List<MemberRecord> order : List.of(cluster, List.of(cluster.get(3), cluster.get(2), cluster.get(1),
                cluster.get(0)))) {
            assertThat(ClusteringDeduplicator.unionId(order)).isEqualTo(expectedId("m10:5"));
        }
        assertThat(ClusteringDeduplicator.unionId(List.of(cluster.get(1), cluster.get(3)))).isEqualTo(expectedId("m2:a"));
    }

    private static String expectedId(String anchor) throws java.security.NoSuchAlgorithmException {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(anchor.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "u" + java.util.HexFormat.of().formatHex(hash, 0, 8);
    }

    @Test
    void unionIdIsStableForTheSameRecordsInAnyOrderAndDistinctAcrossClusters() {
        List<MemberRecord> input = List.of(
                hobbit("1997").field("020", "  ", "a", "0395071224").from("m1", "1"),
                hobbit("1997").field("020", "  ", "a", "0395071224").from("m2", "2"),
                hobbit("1966").from("m3", "3"));
        List<UnionRecord> first = dedup.merge(input);
        List<UnionRecord> reordered = dedup.merge(List.of(input.get(2), input.get(1), input.get(0)));
        assertThat(first).extracting(UnionRecord::unionId).doesNotHaveDuplicates().allMatch(id -> id.matches("u[0-9a-f]{16}"));
        assertThat(reordered).extracting(UnionRecord::unionId)
                .containsExactlyInAnyOrderElementsOf(first.stream().map(UnionRecord::unionId).toList());
        assertThat(ClusteringDeduplicator.unionId(List.of(input.get(0), input.get(1))))
                .isEqualTo(first.get(0).unionId())
                .isNotEqualTo(ClusteringDeduplicator.unionId(List.of(input.get(1))));
    }

    @Test
    void emptyInputGivesNoUnionRecords() {
        assertThat(dedup.merge(List.of())).isEmpty();
    }
}
