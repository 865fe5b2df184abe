package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The consortium looks like a real one: popular works shared widely, many unique, mixed languages. */
class HoldingDistributionTest {

    private static final ConsortiumGenerator G = SampleConsortium.GENERATOR;
    private static final int WORKS = SampleConsortium.SETTINGS.works();

    private static double share(java.util.function.IntPredicate holderCount) {
        return IntStream.range(0, WORKS).filter(i -> holderCount.test(G.holders(i).length)).count() / (double) WORKS;
    }

    @Test
    void holderCountsFollowThePopularitySkew() {
        assertThat(share(n -> n == 1)).as("unique").isBetween(0.34, 0.46);
        assertThat(share(n -> n == 2 || n == 3)).as("two or three").isBetween(0.28, 0.40);
        assertThat(share(n -> n >= 5)).as("five or more").isBetween(0.13, 0.24);
        assertThat(share(n -> n == 8)).as("everyone").isBetween(0.01, 0.06);
    }

    @Test
    void everyMemberHoldsAFairShareAndBiggerLibrariesHoldMore() {
        Map<Integer, Long> perMember = SampleConsortium.records().stream()
                .collect(Collectors.groupingBy(GeneratedRecord::member, Collectors.counting()));
        assertThat(perMember).hasSize(8);
        assertThat(perMember.values()).allSatisfy(n -> assertThat(n).isGreaterThan(WORKS / 10));
        assertThat(perMember.get(1)).as("largest profile").isGreaterThan(perMember.get(7));
    }

    @Test
    void holdersAreDistinctAscendingMembers() {
        IntStream.range(0, WORKS).forEach(i -> {
            int[] h = G.holders(i);
            assertThat(h).isNotEmpty().isSorted().doesNotHaveDuplicates();
            assertThat(h[0]).isGreaterThanOrEqualTo(1);
            assertThat(h[h.length - 1]).isLessThanOrEqualTo(8);
        });
    }

    @Test
    void languagesAreMostlyEnglishWithMuchCjkAndSomeEuropean() {
        Map<Lang, Long> byLanguage = SampleConsortium.works().stream()
                .collect(Collectors.groupingBy(Work::language, Collectors.counting()));
        Function<Lang, Double> share = l -> byLanguage.getOrDefault(l, 0L) / (double) WORKS;
        assertThat(share.apply(Lang.ENGLISH)).isBetween(0.44, 0.60);
        assertThat(share.apply(Lang.CHINESE)).isBetween(0.20, 0.33);
        assertThat(share.apply(Lang.JAPANESE)).isBetween(0.04, 0.12);
        assertThat(share.apply(Lang.KOREAN)).isBetween(0.03, 0.10);
        assertThat(share.apply(Lang.FRENCH) + share.apply(Lang.GERMAN) + share.apply(Lang.SPANISH)).isBetween(0.04, 0.13);
    }

    @Test
    void yearsSpanTheCenturyWithMostWorksRecent() {
        List<Integer> years = SampleConsortium.works().stream().map(Work::year).toList();
        assertThat(years).allSatisfy(y -> assertThat(y).isBetween(1900, 2025));
        assertThat(years.stream().filter(y -> y < 1950).count()).isPositive();
        assertThat(years.stream().filter(y -> y >= 1990).count()).isGreaterThan(WORKS / 2);
    }

    @Test
    void someWorksHaveNoIsbnAndNoneBefore1970() {
        List<Work> works = SampleConsortium.works();
        assertThat(works).filteredOn(w -> w.year() < 1970).allSatisfy(w -> assertThat(w.identifiers().isbn13()).isNull());
        assertThat(works).filteredOn(w -> w.year() >= 1970 && w.identifiers().isbn13() == null).isNotEmpty();
        assertThat(works.stream().map(w -> w.identifiers().isbn13()).filter(java.util.Objects::nonNull))
                .doesNotHaveDuplicates().allSatisfy(isbn -> assertThat(Isbn.isValid(isbn)).isTrue());
    }
}
