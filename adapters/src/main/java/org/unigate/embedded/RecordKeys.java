package org.unigate.embedded;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.marc.MarcRecord;
import org.unigate.query.StandardIndex;

/**
 * The normalised keys a record gives the identifier indexes (ISBN in both forms, ISSN, LCCN,
 * OCLC number, local number, language codes; {@link StandardIndex#IDENTIFIER} gets all
 * standard numbers) and its publication years (008/07-10, then 260/264 $c).
 */
record RecordKeys(Map<StandardIndex, Set<String>> keys, List<Integer> years) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    static RecordKeys of(MarcRecord record, String localId) {
        Map<StandardIndex, Set<String>> keys = new EnumMap<>(StandardIndex.class);
        for (char code : new char[] {'a', 'z'}) {
            record.values("020", code).forEach(v -> add(keys, StandardIndex.ISBN, Identifiers.isbnForms(v)));
        }
        for (char code : new char[] {'a', 'y', 'z', 'l'}) {
            record.values("022", code).forEach(v -> add(keys, StandardIndex.ISSN, Identifiers.issn(v)));
        }
        for (char code : new char[] {'a', 'z'}) {
            record.values("010", code).forEach(v -> add(keys, StandardIndex.LCCN, Identifiers.lccn(v)));
        }
        oclcNumbers(record, keys);
        record.controlNumber().ifPresent(id -> add(keys, StandardIndex.LOCAL_NUMBER, id.toLowerCase(Locale.ROOT)));
        add(keys, StandardIndex.LOCAL_NUMBER, localId.strip().toLowerCase(Locale.ROOT));
        languages(record, keys);
        identifiers(record, keys);
        return new RecordKeys(keys, years(record));
    }

    private static void oclcNumbers(MarcRecord record, Map<StandardIndex, Set<String>> keys) {
        for (char code : new char[] {'a', 'z'}) {
            record.values("035", code).stream().filter(Identifiers::isOclc)
                    .forEach(v -> add(keys, StandardIndex.OCLC, Identifiers.oclc(v)));
        }
        record.values("019", 'a').forEach(v -> add(keys, StandardIndex.OCLC, Identifiers.oclc(v)));
        boolean oclcControlNumber = record.controlField("003").map(v -> v.strip().equalsIgnoreCase("OCoLC")).orElse(false);
        if (oclcControlNumber) {
            record.controlNumber().ifPresent(id -> add(keys, StandardIndex.OCLC, Identifiers.oclc(id)));
        }
    }

    private static void languages(MarcRecord record, Map<StandardIndex, Set<String>> keys) {
        record.controlField("008").filter(f -> f.length() >= 38).map(f -> f.substring(35, 38))
                .ifPresent(code -> addLanguage(keys, code));
        record.dataFields("041").forEach(field -> field.subfields().stream()
                .filter(s -> Character.isLetter(s.code()))
                .forEach(s -> {
                    // Older records run several codes together: "engfre".
                    String v = s.value().strip();
                    for (int i = 0; i + 3 <= v.length(); i += 3) {
                        addLanguage(keys, v.substring(i, i + 3));
                    }
                }));
    }

    private static void addLanguage(Map<StandardIndex, Set<String>> keys, String code) {
        String c = code.toLowerCase(Locale.ROOT);
        if (c.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
            add(keys, StandardIndex.LANGUAGE, c);
        }
    }

    /** Every standard number, in the compact form a dc.identifier query is looked up by. */
    private static void identifiers(MarcRecord record, Map<StandardIndex, Set<String>> keys) {
        Set<String> all = new LinkedHashSet<>();
        for (StandardIndex index : List.of(StandardIndex.ISBN, StandardIndex.ISSN, StandardIndex.LCCN, StandardIndex.OCLC)) {
            all.addAll(keys.getOrDefault(index, Set.of()));
        }
        for (String tag : List.of("024", "027", "028", "030", "035", "088")) {
            all.addAll(record.values(tag, 'a'));
        }
        all.forEach(v -> add(keys, StandardIndex.IDENTIFIER, Identifiers.compact(v)));
    }

    private static List<Integer> years(MarcRecord record) {
        List<Integer> years = new ArrayList<>();
        record.controlField("008").filter(f -> f.length() >= 11).map(f -> f.substring(7, 11))
                .filter(y -> y.chars().allMatch(Character::isDigit) && !y.equals("0000"))
                .ifPresent(y -> years.add(Integer.parseInt(y)));
        for (String tag : List.of("260", "264")) {
            for (String date : record.values(tag, 'c')) {
                Matcher m = YEAR.matcher(date);
                while (m.find()) {
                    int year = Integer.parseInt(m.group(1));
                    if (!years.contains(year)) {
                        years.add(year);
                    }
                }
            }
        }
        return years;
    }

    private static void add(Map<StandardIndex, Set<String>> keys, StandardIndex index, Set<String> values) {
        values.forEach(v -> add(keys, index, v));
    }

    /** Longer "keys" are damaged data; a keyword also has to stay under Lucene's term limit. */
    private static final int MAX_KEY_LENGTH = 256;

    private static void add(Map<StandardIndex, Set<String>> keys, StandardIndex index, String value) {
        if (value != null && !value.isBlank() && value.length() <= MAX_KEY_LENGTH) {
            keys.computeIfAbsent(index, k -> new LinkedHashSet<>()).add(value);
        }
    }
}
