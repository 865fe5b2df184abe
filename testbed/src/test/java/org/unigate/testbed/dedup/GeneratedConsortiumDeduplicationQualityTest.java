package org.unigate.testbed.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unigate.union.UnionRecord;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.member.MemberRecord;
import org.unigate.testbed.generator.ConsortiumGenerator;
import org.unigate.testbed.generator.GeneratedRecord;
import org.unigate.testbed.generator.GeneratorSettings;
import org.unigate.testbed.generator.Work;

/**
 * Acceptance: the demo consortium's eight members merged in one go and scored against the
 * generator's ground truth (records with one work id are one work). The generator plants near
 * misses, other editions and same-title works, and each member catalogues with its own
 * conventions and slips, so both figures can fall. Fails below 0.98 precision or 0.95 recall.
 */
class GeneratedConsortiumDeduplicationQualityTest {

    @Test
    void demoConsortiumMergeMeetsThePrecisionAndRecallTarget() {
        GeneratorSettings settings = GeneratorSettings.demo();
        ConsortiumGenerator generator = new ConsortiumGenerator(settings);
        Map<MemberRecord, String> workOf = new IdentityHashMap<>();
        List<MemberRecord> input = new ArrayList<>();
        for (int m = 1; m <= settings.members(); m++) {
            generator.member(m).forEach((GeneratedRecord g) -> {
                MemberRecord r = new MemberRecord("member" + g.member(), null, g.record());
                workOf.put(r, g.workId());
                input.add(r);
            });
        }
        Map<String, String> nearMissOf = new HashMap<>();
        generator.works().forEach((Work w) -> w.relation().ifPresent(rel -> nearMissOf.put(w.id(), rel.workId())));

        List<UnionRecord> merged = new ClusteringDeduplicator().merge(input);

        long tp = 0;
        long fp = 0;
        long nearMissesMerged = 0;
        for (UnionRecord u : merged) {
            List<String> works = u.sources().stream().map(workOf::get).toList();
            for (int i = 0; i < works.size(); i++) {
                for (int j = i + 1; j < works.size(); j++) {
                    if (works.get(i).equals(works.get(j))) {
                        tp++;
                    } else {
                        fp++;
                        if (related(nearMissOf, works.get(i), works.get(j))) {
                            nearMissesMerged++;
                        }
                    }
                }
            }
        }
        Map<String, Long> copies = input.stream().collect(Collectors.groupingBy(workOf::get, Collectors.counting()));
        long truePairs = copies.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        long nearMissPairs = nearMissOf.entrySet().stream()
                .mapToLong(e -> copies.getOrDefault(e.getKey(), 0L) * copies.getOrDefault(e.getValue(), 0L)).sum();
        PairwiseScore score = new PairwiseScore(tp, fp, 0, truePairs - tp);

        System.out.println(score.summary("generated consortium " + settings + ", " + input.size() + " records, "
                + nearMissPairs + " near-miss pairs (other edition or same title), " + nearMissesMerged + " of them merged"));
        assertThat(nearMissPairs).as("the generator plants near misses").isGreaterThan(1000);
        assertThat(score.precision()).as(score.summary("generated")).isGreaterThanOrEqualTo(0.98);
        assertThat(score.recall()).as(score.summary("generated")).isGreaterThanOrEqualTo(0.95);
    }

    private static boolean related(Map<String, String> nearMissOf, String a, String b) {
        return b.equals(nearMissOf.get(a)) || a.equals(nearMissOf.get(b));
    }
}
