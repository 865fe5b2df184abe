package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.unigate.marc.MarcRecord;

/** The ground truth for deduplication says exactly what the streams contain. */
class GroundTruthTest {

    private static final ConsortiumGenerator G = SampleConsortium.GENERATOR;

    @Test
    void groundTruthListsEveryStreamedRecordUnderItsWork() {
        Map<String, String> truth = new HashMap<>();
        G.groundTruth().forEach(w -> w.copies().forEach(k -> truth.put(k.member() + "/" + k.controlNumber(), w.workId())));
        Map<String, String> streamed = SampleConsortium.records().stream().collect(Collectors.toMap(
                r -> r.member() + "/" + r.record().controlNumber().orElseThrow(), GeneratedRecord::workId));
        assertThat(streamed).isEqualTo(truth);
    }

    @Test
    void controlNumbersMapBackToTheirWorkAndStrangersMapToNothing() {
        for (GeneratedRecord r : SampleConsortium.records().subList(0, 2000)) {
            String cn = r.record().controlNumber().orElseThrow();
            assertThat(G.workIdOf(r.member(), cn)).contains(r.workId());
        }
        GeneratedRecord some = SampleConsortium.records().get(0);
        int other = some.member() == 1 ? 2 : 1;
        String cn = some.record().controlNumber().orElseThrow();
        assertThat(G.workIdOf(other, cn)).isEmpty();
        assertThat(G.workIdOf(1, "not-a-number")).isEmpty();
        assertThat(G.workIdOf(1, "99" + "9".repeat(9) + "3406")).isEmpty();
    }

    @Test
    void controlNumbersAreUniqueWithinAMemberAndDifferAcrossMembers() {
        Map<Integer, List<String>> byMember = SampleConsortium.records().stream().collect(Collectors.groupingBy(
                GeneratedRecord::member, Collectors.mapping(r -> r.record().controlNumber().orElseThrow(), Collectors.toList())));
        byMember.values().forEach(cns -> assertThat(cns).doesNotHaveDuplicates());
        Map<String, List<GeneratedRecord>> byWork = SampleConsortium.records().stream()
                .collect(Collectors.groupingBy(GeneratedRecord::workId));
        byWork.values().stream().filter(copies -> copies.size() > 1).forEach(copies ->
                assertThat(copies.stream().map(c -> c.record().controlNumber().orElseThrow())).doesNotHaveDuplicates());
    }

    @Test
    void nearMissesAreDifferentWorksThatLookAlike() {
        List<Work> works = SampleConsortium.works();
        List<Work> editions = related(works, WorkRelation.Kind.EDITION);
        List<Work> sameTitles = related(works, WorkRelation.Kind.SAME_TITLE);
        assertThat(editions).hasSizeGreaterThan(works.size() / 40);
        assertThat(sameTitles).hasSizeGreaterThan(works.size() / 80);
        for (Work e : editions) {
            Work base = works.get(Integer.parseInt(e.relation().orElseThrow().workId().substring(1)));
            assertThat(e.id()).isNotEqualTo(base.id());
            assertThat(e.title()).isEqualTo(base.title());
            assertThat(e.creators()).isEqualTo(base.creators());
            assertThat(e.edition()).isGreaterThan(base.edition());
            assertThat(e.year()).isGreaterThanOrEqualTo(base.year());
            if (e.identifiers().isbn13() != null) {
                assertThat(e.identifiers().isbn13()).isNotEqualTo(base.identifiers().isbn13());
            }
        }
        for (Work s : sameTitles) {
            Work base = works.get(Integer.parseInt(s.relation().orElseThrow().workId().substring(1)));
            assertThat(s.title()).isEqualTo(base.title());
            assertThat(s.year()).isNotEqualTo(base.year());
        }
    }

    private static List<Work> related(List<Work> works, WorkRelation.Kind kind) {
        return works.stream().filter(w -> w.relation().map(r -> r.kind() == kind).orElse(false)).toList();
    }

    @Test
    void editionsShowUpAsSameTitleAndAuthorWithDifferentEditionStatements() {
        Set<String> editionIds = SampleConsortium.works().stream()
                .filter(w -> w.edition() > 1).map(Work::id).collect(Collectors.toSet());
        List<MarcRecord> records = SampleConsortium.records().stream()
                .filter(r -> editionIds.contains(r.workId())).map(GeneratedRecord::record).toList();
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r.firstDataField("250")).isPresent());
    }
}
