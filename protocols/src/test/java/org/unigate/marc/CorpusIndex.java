package org.unigate.marc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unigate.testing.SharedData;

/** The corpus's tab-separated indexes, read by header name. */
record CorpusIndex(List<String> header, List<String[]> rows) {

    static CorpusIndex load(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return new CorpusIndex(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CorpusIndex main() {
        return load(SharedData.corpusFile("index.tsv"));
    }

    static CorpusIndex malformed() {
        return load(SharedData.corpusFile("malformed/index.tsv"));
    }

    static CorpusIndex marc8Originals() {
        return load(SharedData.corpusFile("marc8-originals.tsv"));
    }

    String get(String[] row, String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return i < row.length ? row[i] : "";
    }

    /** Rows counted by a column's value. */
    Map<String, Integer> countBy(String column) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] row : rows) {
            counts.merge(get(row, column), 1, Integer::sum);
        }
        return counts;
    }
}
