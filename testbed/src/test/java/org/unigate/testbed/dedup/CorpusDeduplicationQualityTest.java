package org.unigate.testbed.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.union.UnionRecord;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;
import org.unigate.testing.SharedData;

/**
 * Acceptance: deduplication of the real corpus against hand labels (corpus-labels.tsv: the
 * corpus's duplicate groups checked one by one, every cluster the deduplicator forms, and
 * same-title groups of different editions, formats and works as hard negatives), plus each real
 * CJK record against a vernacular-only copy of it in the other Chinese script.
 *
 * <p>All 8,722 records go through one merge, as if each file were a member, so every record is
 * a potential false match for every other. Fails below 0.98 precision or 0.95 recall.
 */
class CorpusDeduplicationQualityTest {

    private static final String VARIANT_MEMBER = "vernacular-only";
    private static final double MIN_PRECISION = 0.98;
    private static final double MIN_RECALL = 0.95;

    private static CorpusLabels labels;
    private static Map<String, MarcRecord> corpus;
    private static List<UnionRecord> merged;
    private static int variants;

    @BeforeAll
    static void mergeTheCorpus() throws IOException {
        labels = CorpusLabels.load(CorpusDeduplicationQualityTest.class.getResourceAsStream("corpus-labels.tsv"));
        corpus = readCorpus();
        List<MemberRecord> input = new ArrayList<>();
        corpus.forEach((id, record) -> {
            if (!labels.excluded(id)) {
                input.add(new MemberRecord(id.substring(0, id.indexOf(':')), id, record));
            }
        });
        List<MemberRecord> copies = new ArrayList<>();
        for (MemberRecord r : input) {
            ScriptVariants.vernacularOnly(r.record())
                    .ifPresent(v -> copies.add(new MemberRecord(VARIANT_MEMBER, "v:" + r.localId(), v)));
        }
        variants = copies.size();
        input.addAll(copies);
        merged = new ClusteringDeduplicator().merge(input);
    }

    @Test
    void corpusMergeMeetsThePrecisionAndRecallTarget() {
        PairwiseScore score = score(id -> true);
        System.out.println(score.summary("real corpus, " + corpus.size() + " records + " + variants
                + " script variants, " + labels.differentPairs() + " labelled different pairs"));
        assertThat(score.precision()).as(score.summary("corpus")).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as(score.summary("corpus")).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void cjkRecordsMatchTheirOtherScriptVernacularCopies() {
        PairwiseScore score = score(id -> id.startsWith("v:"));
        System.out.println(score.summary("CJK script variants (" + variants + ")"));
        assertThat(variants).as("real CJK records with 880 titles").isGreaterThan(100);
        assertThat(score.precision()).as(score.summary("CJK")).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(score.recall()).as(score.summary("CJK")).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    /** Scores the pairs that have at least one record {@code focus} accepts. */
    private static PairwiseScore score(java.util.function.Predicate<String> focus) {
        long tp = 0;
        long fp = 0;
        long unlabelled = 0;
        Set<Set<String>> found = new HashSet<>();
        List<String> report = new ArrayList<>();
        for (UnionRecord u : merged) {
            List<String> ids = u.sources().stream().map(MemberRecord::localId).toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    String a = ids.get(i);
                    String b = ids.get(j);
                    if (!focus.test(a) && !focus.test(b)) {
                        continue;
                    }
                    switch (label(a, b)) {
                        case SAME -> {
                            tp++;
                            found.add(Set.of(a, b));
                        }
                        case DIFFERENT -> {
                            fp++;
                            report.add("wrong merge: " + a + " + " + b);
                        }
                        case UNLABELLED -> {
                            unlabelled++;
                            report.add("unlabelled merge: " + a + " + " + b);
                        }
                        case IGNORED -> { }
                    }
                }
            }
        }
        long fn = 0;
        for (List<String> cls : trueClasses()) {
            for (int i = 0; i < cls.size(); i++) {
                for (int j = i + 1; j < cls.size(); j++) {
                    String a = cls.get(i);
                    String b = cls.get(j);
                    if ((focus.test(a) || focus.test(b)) && label(a, b) == CorpusLabels.Label.SAME
                            && !found.contains(Set.of(a, b))) {
                        fn++;
                        report.add("missed: " + a + " + " + b);
                    }
                }
            }
        }
        report.stream().limit(40).forEach(System.out::println);
        return new PairwiseScore(tp, fp, unlabelled, fn);
    }

    /** A script variant is the same manifestation as its original and everything labelled with it. */
    private static CorpusLabels.Label label(String a, String b) {
        String ra = a.startsWith("v:") ? a.substring(2) : a;
        String rb = b.startsWith("v:") ? b.substring(2) : b;
        if (ra.equals(rb)) {
            return CorpusLabels.Label.SAME;
        }
        return labels.label(ra, rb);
    }

    /** Records grouped by labelled class, variants with their originals; singletons left out. */
    private static List<List<String>> trueClasses() {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        Set<String> present = new HashSet<>();
        merged.forEach(u -> u.sources().forEach(s -> present.add(s.localId())));
        for (String id : present) {
            String base = id.startsWith("v:") ? id.substring(2) : id;
            classes.computeIfAbsent(labels.classOf(base), c -> new ArrayList<>()).add(id);
        }
        return classes.values().stream().filter(c -> c.size() > 1).toList();
    }

    /** Every record of the corpus's main files as {@code file:position}, checked against index.tsv. */
    private static Map<String, MarcRecord> readCorpus() throws IOException {
        Path dir = SharedData.corpus();
        Map<String, Integer> expected = new HashMap<>();
        try (Stream<String> index = Files.lines(dir.resolve("index.tsv"))) {
            index.skip(1).forEach(l -> expected.merge(l.substring(0, l.indexOf('\t')), 1, Integer::sum));
        }
        Map<String, MarcRecord> out = new LinkedHashMap<>();
        for (String file : expected.keySet().stream().sorted().toList()) {
            try (Stream<MarcRecord> records = MarcFiles.stream(dir.resolve(file))) {
                int[] position = {0};
                records.forEach(r -> out.put(file + ":" + position[0]++, r));
                assertThat(position[0]).as("records read from " + file).isEqualTo(expected.get(file));
            }
        }
        return out;
    }
}
