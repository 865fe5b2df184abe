package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;

/** Copies of one work differ the way members' catalogues do, while agreeing on what matters. */
class MemberVariationTest {

    private static final Map<String, List<GeneratedRecord>> SHARED = SampleConsortium.records().stream()
            .collect(Collectors.groupingBy(GeneratedRecord::workId)).entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private static Set<String> isbns(MarcRecord r) {
        return r.values("020", 'a').stream().map(v -> v.split(" ")[0].replace("-", "")).collect(Collectors.toSet());
    }

    @Test
    void oneMemberRecordsIsbn10WhereAnotherRecordsIsbn13() {
        long works = SHARED.values().stream().filter(copies -> {
            boolean ten = copies.stream().anyMatch(c -> isbns(c.record()).stream().allMatch(i -> i.length() == 10)
                    && !isbns(c.record()).isEmpty());
            boolean thirteen = copies.stream().anyMatch(c -> isbns(c.record()).stream().allMatch(i -> i.length() == 13)
                    && !isbns(c.record()).isEmpty());
            return ten && thirteen;
        }).peek(copies -> assertThat(copies.stream().flatMap(c -> isbns(c.record()).stream())
                .map(i -> Isbn.normalise(i).orElseThrow()).distinct()).hasSize(1)).count();
        assertThat(works).isGreaterThan(20);
    }

    @Test
    void copiesOfOneWorkAreNeverIdenticalButShareTheirTitleProper() {
        for (List<GeneratedRecord> copies : SHARED.values()) {
            assertThat(copies.stream().map(GeneratedRecord::record).map(MarcRecord::fields).distinct()).hasSameSizeAs(copies);
            assertThat(copies.stream().map(c -> c.record().firstDataField("245").orElseThrow().first('a').orElseThrow())
                    .map(t -> t.replaceAll("[\\s/:;.=]+$", "").toLowerCase(java.util.Locale.ROOT)).distinct()).hasSize(1);
        }
    }

    @Test
    void membersDifferInRulesFieldsAndHabits() {
        List<MarcRecord> all = SampleConsortium.records().stream().map(GeneratedRecord::record).toList();
        Set<String> tags = all.stream().flatMap(r -> r.fields().stream()).map(Field::tag).collect(Collectors.toSet());
        assertThat(tags).contains("010", "020", "035", "040", "050", "082", "100", "110", "245", "246", "250", "260", "264",
                "300", "336", "490", "500", "504", "520", "650", "651", "700", "830", "852", "856", "880");
        assertThat(tags.stream().filter(t -> t.startsWith("9"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(all.stream().flatMap(r -> r.values("245", 'c').stream()).filter(c -> c.startsWith("by "))).isNotEmpty();
        assertThat(all.stream().flatMap(r -> r.values("020", 'a').stream()).filter(i -> i.contains("-"))).isNotEmpty();
        assertThat(all.stream().flatMap(r -> r.values("035", 'a').stream()).filter(v -> v.startsWith("(OCoLC)ocm"))).isNotEmpty();
        assertThat(all.stream().map(r -> r.values("856", 'u')).flatMap(List::stream)
                .map(u -> u.substring(0, u.indexOf("https://ebooks")))).hasSizeGreaterThan(10);
        assertThat(all.stream().map(r -> r.leader().charAt(17)).distinct()).contains(' ', '4', '7');
    }

    @Test
    void sameWorkSharesIdentifiersWhenMembersRecordThem() {
        for (List<GeneratedRecord> copies : SHARED.values()) {
            assertThat(copies.stream().flatMap(c -> c.record().values("010", 'a').stream()).distinct()).hasSizeLessThanOrEqualTo(1);
            assertThat(copies.stream().flatMap(c -> c.record().values("035", 'a').stream())
                    .filter(v -> v.startsWith("(OCoLC)")).map(v -> Long.parseLong(v.replaceAll("\\D", "")))
                    .filter(Objects::nonNull).distinct()).hasSizeLessThanOrEqualTo(1);
        }
    }
}
