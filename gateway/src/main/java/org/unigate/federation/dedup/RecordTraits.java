package org.unigate.federation.dedup;

import java.util.ArrayList;
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
        parts = Set.copyOf(parts);
        titleNumbers = Set.copyOf(titleNumbers);
        titles = List.copyOf(titles);
        citations = Map.copyOf(citations);
    }

    public static RecordTraits of(MarcRecord record) {
        return of(record, new KeyText());
    }

    static RecordTraits of(MarcRecord record, KeyText text) {
        String f008 = record.controlField("008").orElse("");
        Optional<DataField> f245 = record.firstDataField("245");
        Set<String> parts = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> numbers = Set.of();
        if (f245.isPresent()) {
            DataField title = f245.get();
            numbers = text.numbers(KeyFields.values(title, "ab"));
            addTitle(title, parts, titles, text);
            record.linkedTwin(title).ifPresent(twin -> addTitle(twin, parts, titles, text));
        }
        boolean range = f008.length() > 6 && RANGES.indexOf(f008.charAt(6)) >= 0;
        int year = range ? -1 : publicationYear(record).orElse(-1);
        String publisher = DescriptiveKey.publisherField(record)
                .map(f -> Publishers.normalise(f.first('b').orElse(""), text)).orElse("");
        return new RecordTraits(format(record.leader(), f008, f245), carrier(record), year, language(f008),
                edition(record, text), parts, numbers, List.copyOf(titles), citations(record, text), publisher);
    }

    /** The part and the title proper of a 245 or its 880, each unless empty. */
    private static void addTitle(DataField f, Set<String> parts, Set<String> titles, KeyText text) {
        String part = part(f, text);
        if (!part.isEmpty()) {
            parts.add(part);
        }
        String title = titleProper(f, text);
        if (!title.isEmpty()) {
            titles.add(title);
        }
    }

    /** 008/07-10 when it is a year, else the first year in 264 (publication) or 260 $c. */
    public static Optional<Integer> publicationYear(MarcRecord record) {
        String f008 = record.controlField("008").orElse("");
        if (f008.length() >= 11) {
            int year = digits(f008, 7, 11);
            if (year >= 1500 && year <= 2099) { // what YEAR accepts
                return Optional.of(year);
            }
        }
        Optional<Integer> published = yearIn(record, "264", true);
        return published.isPresent() ? published : yearIn(record, "260", false);
    }

    /** The first year in {@code tag $c}, of publication statements only (ind2 1) if {@code publication}. */
    private static Optional<Integer> yearIn(MarcRecord record, String tag, boolean publication) {
        for (Field f : record.fields()) {
            if (f instanceof DataField d && d.tag().equals(tag) && (!publication || d.ind2() == '1')) {
                for (Subfield s : d.subfields()) {
                    Matcher m = s.code() == 'c' ? YEAR.matcher(s.value()) : null;
                    if (m != null && m.find()) {
                        return Optional.of(Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static String format(String leader, String f008, Optional<DataField> f245) {
        char type = leader.length() > 6 ? leader.charAt(6) : ' ';
        // Maps and visual materials keep form of item at 008/29, the other formats at 008/23.
        int at = "efgkor".indexOf(type) >= 0 ? 29 : 23;
        char form = f008.length() > at ? f008.charAt(at) : ' ';
        boolean electronicGmd = f245.flatMap(f -> f.first('h'))
                .map(h -> h.toLowerCase(Locale.ROOT).contains("electronic")).orElse(false);
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

    static String carrier(MarcRecord record) {
        String extent = record.firstDataField("300").flatMap(f -> f.first('a')).orElse("")
                .toLowerCase(Locale.ROOT);
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
    static Map<String, String> citations(MarcRecord record, KeyText text) {
        Map<String, String> out = new HashMap<>();
        for (DataField f : record.dataFields("510")) {
            if ((f.ind1() == '3' || f.ind1() == '4') && f.first('a').isPresent() && f.first('c').isPresent()) {
                out.putIfAbsent(text.compact(f.first('a').get()), text.compact(f.first('c').get()));
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

    static String edition(MarcRecord record, KeyText text) {
        String statement = record.firstDataField("250").flatMap(f -> f.first('a')).orElse("");
        Matcher m = DIGITS.matcher(statement);
        if (m.find()) {
            return text.numbers(m.group()).iterator().next();
        }
        for (String token : text.tokens(statement)) {
            String n = ORDINALS.get(token);
            if (n != null) {
                return n;
            }
        }
        return "";
    }

    static String part(DataField f245, KeyText text) {
        String[] parts = KeyFields.values(f245, "np");
        Set<String> numbers = text.numbers(parts);
        return numbers.isEmpty() ? text.compact(parts) : String.join(".", numbers);
    }

    /** $a without non-filing characters, then the part's number and name: a serial's sections differ there. */
    static String titleProper(DataField f245, KeyText text) {
        List<String> parts = new ArrayList<>();
        parts.add(DescriptiveKey.withoutNonFiling(f245));
        parts.addAll(List.of(KeyFields.values(f245, "np")));
        return text.compact(parts.toArray(String[]::new));
    }
}
