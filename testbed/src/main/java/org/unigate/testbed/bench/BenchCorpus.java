package org.unigate.testbed.bench;

import java.util.HashMap;
import java.util.Map;
import org.unigate.marc.MarcRecord;
import org.unigate.testbed.generator.ConsortiumGenerator;
import org.unigate.testbed.generator.GeneratedRecord;
import org.unigate.testbed.generator.GeneratorSettings;

/**
 * The simulated members' catalogues, from the testbed generator: for each member, its record of
 * each work by work index (null where it does not hold the work).
 */
final class BenchCorpus {

    private final MarcRecord[][] byMember;

    private BenchCorpus(MarcRecord[][] byMember) {
        this.byMember = byMember;
    }

    static BenchCorpus generate(long seed, int works, int members) {
        ConsortiumGenerator generator = new ConsortiumGenerator(new GeneratorSettings(seed, works, members));
        Map<String, Integer> workIndex = new HashMap<>();
        MarcRecord[][] byMember = new MarcRecord[members][works];
        generator.records().forEach((GeneratedRecord r) -> {
            int index = workIndex.computeIfAbsent(r.workId(), id -> workIndex.size());
            if (index < works && byMember[r.member() - 1][index] == null) {
                byMember[r.member() - 1][index] = r.record();
            }
        });
        return new BenchCorpus(byMember);
    }

    /** Member {@code m}'s records by work index (0-based member). */
    MarcRecord[] member(int m) {
        return byMember[m];
    }

    long records() {
        long n = 0;
        for (MarcRecord[] member : byMember) {
            for (MarcRecord r : member) {
                n += r == null ? 0 : 1;
            }
        }
        return n;
    }
}
