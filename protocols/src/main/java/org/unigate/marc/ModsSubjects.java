package org.unigate.marc;

import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * {@code subject}: 600/610/611 names (with a title from $t), 630 titles, 648 chronological,
 * 650 topical, 651 geographic and 653 uncontrolled terms, each heading's subdivisions in order
 * ($v genre, $x topic, $y temporal, $z geographic). The thesaurus comes from the second
 * indicator, or $2 when it says "source specified".
 */
final class ModsSubjects {

    private static final String[] AUTHORITIES = {"lcsh", "lcshac", "mesh", "nal", null, "csh", "rvm"};

    private ModsSubjects() {
    }

    static void write(MarcRecord record, ModsOut out) throws XMLStreamException {
        for (String tag : List.of("600", "610", "611", "630", "648", "650", "651", "653")) {
            for (ModsRendition r : ModsRendition.of(record, tag)) {
                subject(out, r, ModsNames.tagOf(r));
            }
        }
    }

    static String authority(DataField field) {
        char ind2 = field.ind2();
        if (ind2 == '7') {
            return field.first('2').map(String::strip).orElse(null);
        }
        return ind2 >= '0' && ind2 <= '6' ? AUTHORITIES[ind2 - '0'] : null;
    }

    private static void subject(ModsOut out, ModsRendition r, String tag) throws XMLStreamException {
        DataField field = r.field();
        if (tag.equals("653")) {
            out.start("subject", r.attributes());
            for (String term : field.all('a')) {
                out.chopped("topic", term);
            }
            out.end();
            return;
        }
        out.start("subject", r.attributes("authority", authority(field)));
        switch (tag) {
            case "600", "610", "611" -> {
                String kind = ModsNames.kind(tag);
                out.start("name", "type", kind);
                ModsNames.parts(out, field, kind);
                out.end();
                if (!field.all('t').isEmpty()) {
                    out.start("titleInfo");
                    out.chopped("title", field.join("tfklmoprs"));
                    out.end();
                }
            }
            case "630" -> {
                out.start("titleInfo");
                out.chopped("title", field.join("adfgklmoprs"));
                out.end();
            }
            case "648" -> out.chopped("temporal", field.join("a"));
            case "651" -> out.chopped("geographic", field.join("a"));
            default -> out.chopped("topic", field.join("abcd"));
        }
        subdivisions(out, field);
        out.end();
    }

    private static void subdivisions(ModsOut out, DataField field) throws XMLStreamException {
        for (Subfield s : field.subfields()) {
            switch (s.code()) {
                case 'v' -> out.chopped("genre", s.value());
                case 'x' -> out.chopped("topic", s.value());
                case 'y' -> out.chopped("temporal", s.value());
                case 'z' -> out.chopped("geographic", s.value());
                default -> {
                    // Part of the heading itself, written above.
                }
            }
        }
    }
}
