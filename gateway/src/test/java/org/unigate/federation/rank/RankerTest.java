package org.unigate.federation.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.member.MemberRecord;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.SortKey;

class RankerTest {

    private final Ranker ranker = new Ranker();

    private static DataField field(String tag, String... codesAndValues) {
        List<Subfield> subfields = new ArrayList<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            subfields.add(new Subfield(codesAndValues[i].charAt(0), codesAndValues[i + 1]));
        }
        return new DataField(tag, ' ', '0', subfields);
    }

    private static UnionRecord union(String id, int holders, Field... fields) {
        List<Field> all = new ArrayList<>(List.of(new ControlField("001", id)));
        all.addAll(List.of(fields));
        MarcRecord record = new MarcRecord("00000nam a2200000 a 4500", all);
        List<HeldBy> heldBy = new ArrayList<>();
        List<MemberRecord> sources = new ArrayList<>();
        for (int i = 0; i < holders; i++) {
            heldBy.add(new HeldBy("m" + i, id, List.of()));
            sources.add(new MemberRecord("m" + i, id, record));
        }
        return new UnionRecord(id, record, heldBy, sources, 0);
    }

    private List<String> order(Query query, List<SortKey> keys, UnionRecord... records) {
        return ranker.rank(List.of(records), QueryTerms.of(query), SortOrder.of(keys)).stream()
                .map(UnionRecord::unionId).toList();
    }

    @Test
    void aTitleMatchOutranksASubjectMatch() {
        assertThat(order(Clause.of("cql.anywhere", "dream"), List.of(),
                union("subject", 1, field("245", "a", "Novels"), field("650", "a", "Dream interpretation")),
                union("title", 1, field("245", "a", "The dream of the red chamber"))))
                .containsExactly("title", "subject");
    }

    @Test
    void wordsMatchWholeUnlessMasked() {
        UnionRecord heart = union("heart", 1, field("245", "a", "Heart of darkness"));
        UnionRecord art = union("art", 1, field("245", "a", "Art of war"));
        assertThat(order(Clause.of("dc.title", "art"), List.of(), heart, art)).containsExactly("art", "heart");
        UnionRecord artist = union("artist", 1, field("245", "a", "Artists at work"));
        assertThat(order(Clause.of("dc.title", "art*"), List.of(), heart, artist)).containsExactly("artist", "heart");
    }

    @Test
    void moreHoldingMembersRankHigherAmongEqualMatches() {
        assertThat(order(Clause.of("dc.title", "dream"), List.of(),
                union("one", 1, field("245", "a", "Dream")),
                union("three", 3, field("245", "a", "Dream"))))
                .containsExactly("three", "one");
    }

    @Test
    void vernacularFieldsMatchAcrossScriptsAndCase() {
        UnionRecord vernacular = union("vernacular", 1, field("245", "6", "880-01", "a", "Hong lou meng"),
                field("880", "6", "245-01/$1", "a", "紅樓夢"));
        UnionRecord other = union("other", 1, field("245", "a", "Xi you ji"));
        assertThat(order(Clause.of("dc.title", "红楼梦"), List.of(), other, vernacular)).containsExactly("vernacular", "other");
        assertThat(order(Clause.of("dc.title", "HONG LOU"), List.of(), other, vernacular)).containsExactly("vernacular", "other");
        UnionRecord accented = union("accented", 1, field("245", "a", "Café society"));
        assertThat(order(Clause.of("dc.title", "cafe"), List.of(), other, accented)).containsExactly("accented", "other");
    }

    @Test
    void wordsUnderNotDoNotCount() {
        Query query = BooleanQuery.of(BooleanOp.NOT, Clause.of("dc.title", "dream"), Clause.of("dc.title", "chamber"));
        assertThat(QueryTerms.of(query).tokens()).extracting(QueryTerms.Token::text).containsExactly("dream");
    }

    @Test
    void sortKeysOrderByTitleAuthorAndDateWithMissingValuesLast() {
        UnionRecord a = union("a", 1, field("245", "a", "Beta"), field("100", "a", "Zhang"), field("264", "c", "2001"));
        UnionRecord b = union("b", 1, field("245", "a", "Alpha"), field("100", "a", "Wang"), field("264", "c", "[1999?]"));
        UnionRecord c = union("c", 1, field("245", "a", "Gamma"));
        Query q = Clause.of("dc.title", "x");
        assertThat(order(q, List.of(SortKey.ascending("dc.title")), a, b, c)).containsExactly("b", "a", "c");
        assertThat(order(q, List.of(SortKey.descending("dc.title")), a, b, c)).containsExactly("c", "a", "b");
        assertThat(order(q, List.of(SortKey.ascending("dc.creator")), a, b, c)).containsExactly("b", "a", "c");
        assertThat(order(q, List.of(SortKey.descending("dc.date")), a, b, c)).containsExactly("a", "b", "c");
        assertThat(order(q, List.of(SortKey.ascending("dc.date")), c, a, b)).containsExactly("b", "a", "c");
    }

    @Test
    void nonFilingCharactersAreSkippedWhenSortingByTitle() {
        DataField the = new DataField("245", '1', '4', List.of(new Subfield('a', "The zebra")));
        UnionRecord zebra = union("zebra", 1, the);
        UnionRecord yak = union("yak", 1, field("245", "a", "Yak"));
        assertThat(order(Clause.of("dc.title", "x"), List.of(SortKey.ascending("dc.title")), zebra, yak))
                .containsExactly("yak", "zebra");
    }

    @Test
    void tiesBreakByUnionIdSoOrderIsAlwaysTheSame() {
        UnionRecord x = union("x", 1, field("245", "a", "Same"));
        UnionRecord y = union("y", 1, field("245", "a", "Same"));
        UnionRecord z = union("z", 1, field("245", "a", "Same"));
        assertThat(order(Clause.of("dc.title", "same"), List.of(), z, x, y)).containsExactly("x", "y", "z");
        assertThat(order(Clause.of("dc.title", "same"), List.of(SortKey.ascending("dc.title")), y, z, x))
                .containsExactly("x", "y", "z");
    }

    @Test
    void unsupportedSortKeysAreReported() {
        SortOrder order = SortOrder.of(List.of(SortKey.ascending("dc.publisher"), SortKey.ascending("dc.title")));
        assertThat(order.unsupported()).extracting(SortKey::index).containsExactly("dc.publisher");
        assertThat(order.byRelevance()).isFalse();
    }
}
