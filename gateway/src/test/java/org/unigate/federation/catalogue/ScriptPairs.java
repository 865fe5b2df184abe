package org.unigate.federation.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;
import org.unigate.testing.SharedData;
import org.unigate.text.ScriptFolding;

/**
 * Real traditional-Chinese records of the corpus, and for each the copy a member cataloguing in
 * simplified characters only would hold: every field with an 880 twin takes the twin's text in
 * simplified form, the 880s and every identifier go, so only the vernacular description can
 * tell that the two are one work.
 */
final class ScriptPairs {

    private static final Set<String> IDENTIFIERS = Set.of("001", "003", "010", "015", "016", "019", "020", "022",
            "024", "035");

    record Pair(MarcRecord traditional, MarcRecord simplified) {
    }

    private ScriptPairs() {
    }

    /** Every corpus record index.tsv marks Hant whose vernacular title changes in simplified form. */
    static List<Pair> fromCorpus() {
        Map<String, Set<Integer>> wanted = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(SharedData.corpusFile("index.tsv"))) {
                String[] cols = line.split("\t", -1);
                if (cols.length > 9 && cols[9].equals("Hant")) {
                    wanted.computeIfAbsent(cols[0], f -> new java.util.HashSet<>()).add(Integer.parseInt(cols[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Pair> out = new ArrayList<>();
        wanted.forEach((file, positions) -> {
            try (var records = MarcFiles.stream(SharedData.corpusFile(file))) {
                int[] pos = {0};
                records.forEach(r -> {
                    if (positions.contains(pos[0]++)) {
                        simplifiedCopy(r).ifPresent(s -> out.add(new Pair(r, s)));
                    }
                });
            }
        });
        return out;
    }

    static Optional<MarcRecord> simplifiedCopy(MarcRecord record) {
        Optional<DataField> title = record.firstDataField("245").flatMap(record::linkedTwin);
        if (title.isEmpty() || ScriptFolding.toSimplified(title.get().join("ab")).equals(title.get().join("ab"))) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        for (Field f : record.fields()) {
            if (IDENTIFIERS.contains(f.tag()) || f.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
                continue;
            }
            fields.add(f instanceof DataField d ? record.linkedTwin(d).map(v -> simplified(d.tag(), v)).orElse(d) : f);
        }
        return Optional.of(record.withFields(fields));
    }

    private static DataField simplified(String tag, DataField vernacular) {
        List<Subfield> subfields = vernacular.subfields().stream().filter(s -> s.code() != '6')
                .map(s -> new Subfield(s.code(), ScriptFolding.toSimplified(s.value()))).toList();
        return new DataField(tag, vernacular.ind1(), vernacular.ind2(), subfields);
    }
}
