package org.unigate.oai.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * Simple Dublin Core (oai_dc) as a minimal MARC 21 record, after the Library of Congress
 * DC-to-MARC crosswalk, so a member that only offers oai_dc is searchable like the others:
 * <pre>
 * (OAI identifier)  001
 * title            245 00 $a (the first), 246 3_ $a (the rest)
 * creator          100 1_ $a (the first), 700 1_ $a (the rest)
 * contributor      700 1_ $a
 * subject          650 _4 $a
 * description      520 __ $a
 * publisher, date  260 __ $b, $c; the first four-digit year also goes to 008/07-10
 * type             leader/06 (text a, sound i/j, image k, ...), else a
 * identifier       020 $a (ISBN), 022 $a (ISSN), 856 40 $u (URL), else 024 8_ $a
 * language         041 __ $a, and 008/35-37 when it is a three-letter code
 * relation, source 787 0_ $n, 786 0_ $n
 * coverage         500 __ $a;  rights 540 __ $a;  format 340 __ $a
 * </pre>
 */
final class DublinCoreToMarc {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ISBN = Pattern.compile("(?i)^(?:urn:isbn:|isbn:?\\s*)?([0-9][0-9 -]{8,15}[0-9Xx])$");
    private static final Pattern ISSN = Pattern.compile("(?i)^(?:urn:issn:|issn:?\\s*)?(\\d{4}-?\\d{3}[\\dXx])$");

    /** One DC element: local name and text. */
    record Element(String name, String value) {
    }

    private DublinCoreToMarc() {
    }

    static MarcRecord toMarc(String identifier, List<Element> elements) {
        List<Field> fields = new ArrayList<>();
        fields.add(new ControlField("001", identifier));
        fields.add(new ControlField("008", fixedField(first(elements, "date").flatMap(DublinCoreToMarc::year),
                first(elements, "language").filter(l -> l.matches("[A-Za-z]{3}")))));
        List<Field> data = new ArrayList<>();
        boolean titled = false;
        boolean authored = false;
        List<Subfield> imprint = new ArrayList<>();
        for (Element e : elements) {
            String v = e.value();
            switch (e.name()) {
                case "title" -> {
                    data.add(titled ? field("246", "3 ", 'a', v) : field("245", "00", 'a', v));
                    titled = true;
                }
                case "creator" -> {
                    data.add(authored ? field("700", "1 ", 'a', v) : field("100", "1 ", 'a', v));
                    authored = true;
                }
                case "contributor" -> data.add(field("700", "1 ", 'a', v));
                case "subject" -> data.add(field("650", " 4", 'a', v));
                case "description" -> data.add(field("520", "  ", 'a', v));
                case "publisher" -> imprint.add(new Subfield('b', v));
                case "date" -> imprint.add(new Subfield('c', v));
                case "identifier" -> data.add(identifierField(v));
                case "language" -> data.add(field("041", "  ", 'a', v));
                case "relation" -> data.add(field("787", "0 ", 'n', v));
                case "source" -> data.add(field("786", "0 ", 'n', v));
                case "coverage" -> data.add(field("500", "  ", 'a', v));
                case "rights" -> data.add(field("540", "  ", 'a', v));
                case "format" -> data.add(field("340", "  ", 'a', v));
                default -> {
                    // type goes to the leader; anything else has no MARC home worth inventing
                }
            }
        }
        if (!imprint.isEmpty()) {
            data.add(new DataField("260", ' ', ' ', imprint));
        }
        data.sort((a, b) -> a.tag().compareTo(b.tag()));
        fields.addAll(data);
        return new MarcRecord(leader(first(elements, "type").orElse("")), fields);
    }

    private static DataField field(String tag, String indicators, char code, String value) {
        return new DataField(tag, indicators.charAt(0), indicators.charAt(1), List.of(new Subfield(code, value)));
    }

    private static DataField identifierField(String value) {
        Matcher isbn = ISBN.matcher(value);
        if (isbn.matches()) {
            return field("020", "  ", 'a', isbn.group(1));
        }
        Matcher issn = ISSN.matcher(value);
        if (issn.matches()) {
            return field("022", "  ", 'a', issn.group(1));
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return field("856", "40", 'u', value);
        }
        return field("024", "8 ", 'a', value);
    }

    private static Optional<String> first(List<Element> elements, String name) {
        return elements.stream().filter(e -> e.name().equals(name)).map(Element::value).findFirst();
    }

    private static Optional<String> year(String date) {
        Matcher m = YEAR.matcher(date);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** 40 positions: date type s with the year, else n with uuuu; language or blanks. */
    private static String fixedField(Optional<String> year, Optional<String> language) {
        return "      " + year.map(y -> "s" + y).orElse("nuuuu") + "    " + "xx " + " ".repeat(17)
                + language.map(l -> l.toLowerCase(Locale.ROOT)).orElse("   ") + " d";
    }

    private static String leader(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        char kind = t.contains("music") ? (t.contains("sound") ? 'j' : 'c')
                : t.contains("sound") ? 'i'
                : t.contains("image") ? (t.contains("moving") ? 'g' : 'k')
                : t.contains("cartographic") || t.contains("map") ? 'e'
                : t.contains("software") ? 'm'
                : 'a';
        return "00000n" + kind + "m a2200000uu 4500";
    }
}
