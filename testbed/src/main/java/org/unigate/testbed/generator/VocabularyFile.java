package org.unigate.testbed.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One word list from the classpath: {@code [section]} headers followed by rows of
 * '|'-separated columns; '#' lines are comments. Text is NFC-normalised on the way in because
 * {@link org.unigate.marc.MarcRecord} holds NFC.
 */
final class VocabularyFile {

    private static final String FOLDER = "/org/unigate/testbed/generator/vocabulary/";

    private final String name;
    private final Map<String, List<List<String>>> sections;

    private VocabularyFile(String name, Map<String, List<List<String>>> sections) {
        this.name = name;
        this.sections = sections;
    }

    static VocabularyFile load(String name) {
        try (InputStream in = VocabularyFile.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing vocabulary " + name);
            }
            return new VocabularyFile(name, parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary " + name, e);
        }
    }

    private static Map<String, List<List<String>>> parse(BufferedReader reader) throws IOException {
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        List<List<String>> current = null;
        String line;
        while ((line = reader.readLine()) != null) {
            String text = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(text.substring(1, text.length() - 1), current);
            } else if (current != null) {
                current.add(List.of(text.split("\\|", -1)));
            }
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(sections);
    }

    List<List<String>> rows(String section) {
        List<List<String>> rows = sections.get(section);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalStateException("vocabulary " + name + " lacks section [" + section + "]");
        }
        return rows;
    }

    /** The first column of every row. */
    List<String> words(String section) {
        return rows(section).stream().map(r -> r.get(0)).toList();
    }
}
