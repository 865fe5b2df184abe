package org.unigate.federation;

import org.unigate.union.UnionRecord;
import org.unigate.union.HeldBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;

class FacetCounterTest {

    private static UnionRecord held(MarcRecord record, String... members) {
        List<HeldBy> heldBy = java.util.Arrays.stream(members).map(m -> new HeldBy(m, "x", List.of())).toList();
        List<MemberRecord> sources = java.util.Arrays.stream(members).map(m -> new MemberRecord(m, "x", record)).toList();
        return new UnionRecord(record.controlNumber().orElseThrow(), record, heldBy, sources, 0);
    }

    @Test
    void countsMembersLanguagesDecadesAndFormats() {
        List<UnionRecord> records = List.of(
                held(Records.book("1").title("A").year("1965").language("chi").build(), "harbour", "peak"),
                held(Records.book("2").title("B").year("1969").language("chi").type("as").build(), "peak"),
                held(Records.book("3").title("C").year("2001").language("eng").type("em").build(), "peak"),
                held(new MarcRecord("?", List.of(new org.unigate.marc.ControlField("001", "4"))), "kowloon"));

        List<Facet> facets = FacetCounter.count(records);
        Facet members = facets.get(0);

        assertThat(facets).extracting(Facet::name)
                .containsExactly(Facet.MEMBER, Facet.LANGUAGE, Facet.DECADE, Facet.FORMAT);
        assertThat(members.values()).extracting(Facet.Value::value).containsExactly("peak", "harbour", "kowloon");
        assertThat(members.count("peak")).isEqualTo(3);
        assertThat(facets.get(1).count("chi")).isEqualTo(2);
        assertThat(facets.get(2).count("1960s")).isEqualTo(2);
        assertThat(facets.get(2).count("2000s")).isEqualTo(1);
        assertThat(facets.get(3).values()).extracting(Facet.Value::value)
                .containsExactlyInAnyOrder("book", "serial", "map", "other");
    }

    @Test
    void aResultsFacetsAreCountedWhenFirstReadAndCannotChange() {
        List<UnionRecord> records = List.of(
                held(Records.book("1").title("A").year("1965").language("chi").build(), "harbour", "peak"),
                held(Records.book("2").title("B").year("2001").language("eng").build(), "peak"));

        List<Facet> lazy = new LazyFacets(records);

        assertThat(lazy).isEqualTo(FacetCounter.count(records));
        assertThat(lazy.get(0).count("peak")).isEqualTo(2);
        assertThatThrownBy(() -> lazy.add(lazy.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMemberHoldingSeveralCopiesOfAWorkCountsOnce() {
        UnionRecord twoCopies = held(Records.book("1").title("A").build(), "peak", "harbour", "peak");

        assertThat(twoCopies.holdingMembers()).containsExactly("peak", "harbour");
        assertThat(FacetCounter.count(List.of(twoCopies)).get(0).count("peak")).isEqualTo(1);
    }
}
