package org.unigate.marc;

import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * {@code abstract} (520), {@code tableOfContents} (505), {@code accessCondition} (506, 540) and
 * {@code note} for the other 5XX fields, typed as LC's mapping types them. Notes keep their
 * punctuation: a note is prose, not a heading.
 */
final class ModsNotes {

    private static final Map<String, String> NOTE_TYPES = Map.ofEntries(
            Map.entry("500", ""), Map.entry("501", "with"), Map.entry("502", "thesis"),
            Map.entry("504", "bibliography"), Map.entry("508", "creation/production credits"),
            Map.entry("510", "citation/reference"), Map.entry("511", "performers"), Map.entry("515", "numbering"),
            Map.entry("518", "venue"), Map.entry("524", "preferred citation"),
            Map.entry("530", "additional physical form"), Map.entry("533", "reproduction"),
            Map.entry("534", "original version"), Map.entry("535", "original location"), Map.entry("536", "funding"),
            Map.entry("538", "system details"), Map.entry("541", "acquisition"),
            Map.entry("545", "biographical/historical"), Map.entry("546", "language"),
            Map.entry("550", "issuing body"), Map.entry("555", "finding aids"), Map.entry("561", "ownership"),
            Map.entry("562", "version identification"), Map.entry("581", "publications"),
            Map.entry("583", "action"), Map.entry("585", "exhibitions"), Map.entry("586", "awards"),
            Map.entry("588", "source of description"));
    private static final String[] NOTE_ORDER = NOTE_TYPES.keySet().stream().sorted().toArray(String[]::new);
    private static final String[] ABSTRACT_TYPES = {
        "subject", "review", "scope and content", "abstract", "content advice"};

    private ModsNotes() {
    }

    static void write(MarcRecord record, ModsOut out) throws XMLStreamException {
        for (ModsRendition r : ModsRendition.of(record, "520")) {
            char ind1 = r.field().ind1();
            String type = ind1 >= '0' && ind1 <= '4' ? ABSTRACT_TYPES[ind1 - '0'] : "summary";
            out.text("abstract", r.field().join("ab"), r.attributes("type", type));
        }
        for (ModsRendition r : ModsRendition.of(record, "505")) {
            String text = r.field().ind2() == '0' ? r.field().join("agrtu") : r.field().join("a");
            out.text("tableOfContents", text, r.attributes());
        }
        for (ModsRendition r : ModsRendition.of(record, "506")) {
            out.text("accessCondition", prose(r.field()), r.attributes("type", "restriction on access"));
        }
        for (ModsRendition r : ModsRendition.of(record, "540")) {
            out.text("accessCondition", prose(r.field()), r.attributes("type", "use and reproduction"));
        }
        for (String tag : NOTE_ORDER) {
            String type = NOTE_TYPES.get(tag);
            for (ModsRendition r : ModsRendition.of(record, tag)) {
                out.text("note", prose(r.field()),
                        r.attributes("type", type.isEmpty() ? null : type, "displayLabel", r.field().first('3').orElse(null)));
            }
        }
    }

    /** The field's text: its lettered subfields (numbered ones are linkage, materials, institution). */
    private static String prose(DataField field) {
        StringBuilder text = new StringBuilder();
        for (Subfield s : field.subfields()) {
            if (Character.isLetter(s.code())) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(s.value().strip());
            }
        }
        return text.toString();
    }
}
