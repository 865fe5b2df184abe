package org.unigate.testbed.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand labels for real corpus records, named {@code file:position}. Lines are
 * {@code kind<TAB>records<TAB>note}:
 * <ul>
 *   <li>{@code same}: the records describe one manifestation (classes join across lines);</li>
 *   <li>{@code distinct}: the listed records' classes are pairwise different manifestations;</li>
 *   <li>{@code different}: the two records are different manifestations;</li>
 *   <li>{@code unsure}: looked at and undecidable, so pairs among them are not scored;</li>
 *   <li>{@code exclude}: not a real catalogue record (synthetic fixture, undecodable text).</li>
 * </ul>
 * {@code same} wins over {@code distinct} (a same-title group lists each edition once, and two of
 * its entries may turn out to be one edition); a {@code same} that contradicts a {@code different}
 * is a labelling error and fails loading.
 */
final class CorpusLabels {

    enum Label { SAME, DIFFERENT, IGNORED, UNLABELLED }

    private final Map<String, String> parent = new HashMap<>();
    private final Set<String> excluded = new HashSet<>();
    private final Set<Set<String>> unsure = new HashSet<>();
    private final List<List<String>> distinct = new ArrayList<>();
    private final List<List<String>> different = new ArrayList<>();

    static CorpusLabels load(InputStream in) {
        CorpusLabels labels = new CorpusLabels();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    labels.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        labels.check();
        return labels;
    }

    private void add(String line) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("want kind, records, note: " + line);
        }
        List<String> records = Arrays.asList(parts[1].trim().split(" +"));
        switch (parts[0]) {
            case "same" -> records.forEach(r -> join(records.get(0), r));
            case "distinct" -> distinct.add(records);
            case "different" -> different.add(records);
            case "unsure" -> unsure.add(Set.copyOf(records));
            case "exclude" -> excluded.addAll(records);
            default -> throw new IllegalArgumentException("unknown kind: " + line);
        }
    }

    private void check() {
        for (List<String> pair : different) {
            if (classOf(pair.get(0)).equals(classOf(pair.get(1)))) {
                throw new IllegalStateException("labelled both same and different: " + pair);
            }
        }
    }

    boolean excluded(String record) {
        return excluded.contains(record);
    }

    /** The record's class: one name shared by every record labelled the same manifestation. */
    String classOf(String record) {
        String r = record;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The label of two real records. */
    Label label(String a, String b) {
        if (excluded(a) || excluded(b) || unsure.stream().anyMatch(s -> s.contains(a) && s.contains(b))) {
            return Label.IGNORED;
        }
        String ca = classOf(a);
        String cb = classOf(b);
        if (ca.equals(cb)) {
            return Label.SAME;
        }
        for (List<String> group : distinct) {
            if (containsClass(group, ca) && containsClass(group, cb)) {
                return Label.DIFFERENT;
            }
        }
        for (List<String> pair : different) {
            if (containsClass(pair, ca) && containsClass(pair, cb)) {
                return Label.DIFFERENT;
            }
        }
        return Label.UNLABELLED;
    }

    /** Every record some {@code same} line names. */
    Set<String> labelledSame() {
        Set<String> out = new HashSet<>(parent.keySet());
        out.addAll(parent.values());
        return out;
    }

    /** How many record pairs the labels call different (the hard negatives). */
    long differentPairs() {
        long n = different.size();
        for (List<String> group : distinct) {
            n += (long) group.size() * (group.size() - 1) / 2;
        }
        return n;
    }

    private boolean containsClass(List<String> records, String cls) {
        return records.stream().anyMatch(r -> classOf(r).equals(cls));
    }

    private void join(String a, String b) {
        String ra = classOf(a);
        String rb = classOf(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
