package org.unigate.federation.dedup;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * What two candidate duplicates must not disagree on, beyond their identifiers: carrier and
 * format, year, language, edition, the part or volume described, and the numbers in the title.
 * These catch ISBNs shared by a set and its volumes, print and e-book records that carry each
 * other's ISBN, and editions that a cataloguer gave the same LCCN.
 *
 * @param format       leader/06 plus the form of item: {@code e} electronic, {@code l} large
 *                     print, {@code m} microform, {@code p} anything else
 * @param carrier      the carrier 300 $a names (sound, video, score, online), else empty
 * @param year         publication year; -1 when unknown or a range (multipart sets and serials
 *                     whose members report different first volumes)
 * @param language     008/35-37 when it names one language, else empty
 * @param edition      the edition's number from 250 (ordinal words count), else empty
 * @param parts        245 $n$p in each script: their numbers, or their text when they have none;
 *                     empty for a record that describes a whole
 * @param titleNumbers numbers in 245 $a$b (levels, volumes, years of a title)
 * @param titles       compacted title proper (245 $a$n$p) in each script, for the similarity check
 * @param citations    510 citation numbers by source (GW, Goff, ESTC…): these name editions
 * @param publisher    the normalised publisher (see {@link Publishers}), empty when unknown
 */
public record RecordTraits(String format, String carrier, int year, String language, String edition,
                           Set<String> parts, Set<String> titleNumbers, List<String> titles,
                           Map<String, String> citations, String publisher) {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Map<String, String> ORDINALS = Map.ofEntries(
            Map.entry("first", "1"), Map.entry("second", "2"), Map.entry("third", "3"), Map.entry("fourth", "4"),
            Map.entry("fifth", "5"), Map.entry("sixth", "6"), Map.entry("seventh", "7"), Map.entry("eighth", "8"),
            Map.entry("ninth", "9"), Map.entry("tenth", "10"), Map.entry("premiere", "1"), Map.entry("erste", "1"),
            Map.entry("zweite", "2"), Map.entry("dritte", "3"));
    private static final Set<String> NO_LANGUAGE = Set.of("", "und", "zxx", "mul", "|||", "   ", "###");
    /** 008/06 date types whose date1 is the start of a range rather than the year of issue. */
    private static final String RANGES = "mcdui k";
    /** Words that name a carrier, checked in order: "1 sound disc (score)" is a recording. */
    private static final List<Map.Entry<String, List<String>>> CARRIERS = List.of(
            Map.entry("sound", List.of("sound", "audio")),
            Map.entry("video", List.of("video", "dvd", "film")),
            Map.entry("score", List.of("score", "parts", "of music")),
            Map.entry("online", List.of("online resource", "computer file", "remote")));

    public RecordTraits {
        parts = MatchKeys.immutable(parts);
        titleNumbers = MatchKeys.immutable(titleNumbers);
        titles = List.copyOf(titles);
        citations = citations.isEmpty() ? Map.of() : Map.copyOf(citations); // nearly always empty
    }

    public static RecordTraits of(MarcRecord record) {
        return of(KeySource.of(record));
    }

    static RecordTraits of(KeySource source) {
        List<DataField> fields = source.fields();
        String f008 = source.f008();
        DataField f245 = source.title();
        Set<String> parts = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> numbers = Set.of();
        if (f245 != null) {
            numbers = KeyText.numbers(KeyFields.values(f245, "ab"));
            addTitle(source.titleText(), parts, titles);
            DataField twin = source.titleTwin();
            if (twin != null) {
                addTitle(source.titleText(twin), parts, titles);
            }
        }
        boolean range = f008.length() > 6 && RANGES.indexOf(f008.charAt(6)) >= 0;
        int year = range ? -1 : source.year();
        return new RecordTraits(format(source.leader(), f008, f245), carrier(KeyFields.firstValue(fields, "300", 'a')),
                year, language(f008), edition(KeyFields.firstValue(fields, "250", 'a')), parts, numbers,
                List.copyOf(titles), citations(fields), source.publisherName());
    }

    /** The part and the title proper of a 245 or its 880, each unless empty. */
    private static void addTitle(KeySource.Title title, Set<String> parts, Set<String> titles) {
        if (!title.part().isEmpty()) {
            parts.add(title.part());
        }
        String proper = title.proper();
        if (!proper.isEmpty()) {
            titles.add(proper);
        }
    }

    /** 008/07-10 when it is a year, else the first year in 264 (publication) or 260 $c. */
    public static Optional<Integer> publicationYear(MarcRecord record) {
        int year = publicationYear(record.controlField("008").orElse(""), record.fields());
        return year < 0 ? Optional.empty() : Optional.of(year);
    }

    /** {@link #publicationYear(MarcRecord)} given the record's 008 (empty if none); -1 when there is no year. */
    static int publicationYear(String f008, List<? extends Field> fields) {
        if (f008.length() >= 11) {
            int year = digits(f008, 7, 11);
            if (year >= 1500 && year <= 2099) { // what YEAR accepts
                return year;
            }
        }
        int published = yearIn(fields, "264", true);
        return published >= 0 ? published : yearIn(fields, "260", false);
    }

    /** The first year in {@code tag $c}, of publication statements only (ind2 1) if {@code publication}; else -1. */
    private static int yearIn(List<? extends Field> fields, String tag, boolean publication) {
        for (int i = 0, n = fields.size(); i < n; i++) {
            if (fields.get(i) instanceof DataField d && d.tag().equals(tag) && (!publication || d.ind2() == '1')) {
                for (Subfield s : d.subfields()) {
                    Matcher m = s.code() == 'c' ? YEAR.matcher(s.value()) : null;
                    if (m != null && m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            }
        }
        return -1;
    }

    static String format(String leader, String f008, DataField f245) {
        char type = leader.length() > 6 ? leader.charAt(6) : ' ';
        // Maps and visual materials keep form of item at 008/29, the other formats at 008/23.
        int at = "efgkor".indexOf(type) >= 0 ? 29 : 23;
        char form = f008.length() > at ? f008.charAt(at) : ' ';
        String gmd = f245 == null ? null : KeyFields.first(f245, 'h');
        boolean electronicGmd = gmd != null && gmd.toLowerCase(Locale.ROOT).contains("electronic");
        char carrier;
        if (type == 'm' || form == 'o' || form == 'q' || form == 's' || electronicGmd) {
            carrier = 'e';
        } else if (form == 'd') {
            carrier = 'l';
        } else if (form == 'a' || form == 'b' || form == 'c') {
            carrier = 'm';
        } else {
            carrier = 'p';
        }
        return String.valueOf(type) + carrier;
    }

    /** The carrier a 300 $a names. */
    static String carrier(String extentStatement) {
        String extent = extentStatement.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> c : CARRIERS) {
            for (String word : c.getValue()) {
                if (extent.contains(word)) {
                    return c.getKey();
                }
            }
        }
        return "";
    }

    /** The number {@code text[from, to)} spells in ASCII digits, or -1 if it is not all digits. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** 510 with a location in the source (ind1 3 or 4): source name to cited number. */
    static Map<String, String> citations(List<DataField> fields) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0, n = fields.size(); i < n; i++) {
            DataField f = fields.get(i);
            if (f.tag().equals("510") && (f.ind1() == '3' || f.ind1() == '4')) {
                String source = KeyFields.first(f, 'a');
                String number = KeyFields.first(f, 'c');
                if (source != null && number != null) {
                    out.putIfAbsent(KeyText.compact(source), KeyText.compact(number));
                }
            }
        }
        return out;
    }

    static String language(String f008) {
        String lang = f008.length() >= 38 ? f008.substring(35, 38).toLowerCase(Locale.ROOT) : "";
        if (NO_LANGUAGE.contains(lang)) {
            return "";
        }
        for (int i = 0; i < lang.length(); i++) {
            if (!Character.isLetter(lang.charAt(i))) {
                return "";
            }
        }
        return lang;
    }

    /** The edition's number in a 250 $a. */
    static String edition(String statement) {
        if (statement.isEmpty()) {
            return ""; // most records: no edition statement
        }
        Matcher m = DIGITS.matcher(statement);
        if (m.find()) {
            return KeyText.numbers(m.group()).iterator().next();
        }
        for (String token : KeyText.tokens(statement)) {
            String n = ORDINALS.get(token);
            if (n != null) {
                return n;
            }
        }
        return "";
    }
}
