package org.unigate.marc;

import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * {@code name}: 100/700 personal, 110/710 corporate, 111/711 conference; the main entry is
 * {@code usage="primary"}. Roles come from relator terms ($e, or $j for meetings) and codes
 * ($4), both against the MARC relator list. Subject names (600/610/611) reuse {@link #parts}.
 */
final class ModsNames {

    private ModsNames() {
    }

    static void write(MarcRecord record, ModsOut out) throws XMLStreamException {
        for (String tag : List.of("100", "110", "111", "700", "710", "711")) {
            for (ModsRendition r : ModsRendition.of(record, tag)) {
                name(out, r, tag.startsWith("1") ? "primary" : null);
            }
        }
    }

    private static void name(ModsOut out, ModsRendition r, String usage) throws XMLStreamException {
        DataField field = r.field();
        String kind = kind(tagOf(r));
        out.start("name", r.attributes("type", kind, "usage", usage));
        parts(out, field, kind);
        for (String affiliation : field.all('u')) {
            out.chopped("affiliation", affiliation);
        }
        List<String> terms = field.all(kind.equals("conference") ? 'j' : 'e');
        List<String> codes = field.all('4');
        if (!terms.isEmpty() || !codes.isEmpty()) {
            out.start("role");
            for (String term : terms) {
                out.chopped("roleTerm", term, "type", "text", "authority", "marcrelator");
            }
            for (String code : codes) {
                out.chopped("roleTerm", code, "type", "code", "authority", "marcrelator");
            }
            out.end();
        }
        out.end();
    }

    /** The name's parts, stopping at a title ($t) that a name/title entry carries after the name. */
    static void parts(ModsOut out, DataField field, String kind) throws XMLStreamException {
        DataField name = beforeTitle(field);
        switch (kind) {
            case "personal" -> {
                out.chopped("namePart", name.join("aq"));
                out.chopped("namePart", name.join("bc"), "type", "termsOfAddress");
                out.chopped("namePart", name.join("d"), "type", "date");
            }
            case "corporate" -> {
                out.chopped("namePart", name.join("a"));
                for (String sub : name.all('b')) {
                    out.chopped("namePart", sub);
                }
                out.chopped("namePart", name.join("cdn"));
            }
            default -> out.chopped("namePart", name.join("acdnq"));
        }
    }

    /** personal, corporate or conference, from the last two digits of a name tag (X00, X10, X11). */
    static String kind(String tag) {
        return switch (tag.substring(1)) {
            case "10" -> "corporate";
            case "11" -> "conference";
            default -> "personal";
        };
    }

    /** The tag the field stands for: its own, or for an 880 the one its $6 names. */
    static String tagOf(ModsRendition r) {
        DataField field = r.field();
        if (!field.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
            return field.tag();
        }
        return field.linkage().map(Linkage::linkedTag).orElse(field.tag());
    }

    private static DataField beforeTitle(DataField field) {
        int t = 0;
        while (t < field.subfields().size() && field.subfields().get(t).code() != 't') {
            t++;
        }
        return t == field.subfields().size() ? field
                : new DataField(field.tag(), field.ind1(), field.ind2(), field.subfields().subList(0, t));
    }
}
