package org.unigate.testbed.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unigate.embedded.RecordSources;
import org.unigate.marc.MarcRecord;

/**
 * Search words taken from the members' own titles, so that most searches hit: the words found
 * in the most titles (245 $a $b $n $p), leaving out function words of the corpus's languages.
 * Only plain ASCII words of three letters or more, which every member's index and CQL take as
 * they are.
 */
final class TitleWords {

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ASCII_WORD = Pattern.compile("[a-z]{3,}");
    private static final Set<String> STOPWORDS = Set.of(
            "the", "and", "for", "with", "from", "its", "his", "her", "their", "into", "upon", "about",
            "that", "this", "which", "who", "what", "are", "was", "not", "but", "other", "one", "two",
            "les", "des", "une", "dans", "pour", "par", "sur", "aux", "del", "los", "las", "por", "con",
            "una", "der", "die", "das", "und", "den", "dem", "von", "zur", "zum", "eine", "ein",
            "della", "delle", "degli", "per", "nel", "dei", "uma", "dos", "het", "een", "van", "och");

    private TitleWords() {
    }

    /** The {@code n} most frequent title words of the records, most frequent first. */
    static List<String> mostFrequent(Stream<MarcRecord> records, int n) {
        Map<String, Integer> titles = new HashMap<>();
        records.forEach(r -> {
            Set<String> words = new HashSet<>();
            for (char code : new char[] {'a', 'b', 'n', 'p'}) {
                for (String value : r.values("245", code)) {
                    for (String w : WORD.split(value.toLowerCase(Locale.ROOT))) {
                        if (ASCII_WORD.matcher(w).matches() && !STOPWORDS.contains(w)) {
                            words.add(w);
                        }
                    }
                }
            }
            words.forEach(w -> titles.merge(w, 1, Integer::sum));
        });
        return titles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The records at each location as an embedded member reads them (a MARC file, a folder's
     * files, or a {@code generated:} catalogue). A folder's own files only: sub-folders and files
     * named {@code *marc8-originals*} are left out, as the harness leaves them out of its members.
     */
    static Stream<MarcRecord> read(List<String> locations) {
        RecordSources sources = RecordSources.discover();
        List<String> files = new ArrayList<>();
        for (String location : locations) {
            Path path = Path.of(location);
            if (Files.isDirectory(path)) {
                files.addAll(folderFiles(path));
            } else {
                files.add(location);
            }
        }
        return files.stream().flatMap(location -> {
            try {
                return sources.open(location);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location, e);
            }
        });
    }

    private static List<String> folderFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(mrc|marc|xml)")
                            && !p.getFileName().toString().contains("marc8-originals"))
                    .sorted(Comparator.naturalOrder())
                    .map(Path::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
