package org.unigate.marc;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * {@code language} from 008/35-37 and 041 (ISO 639-2/B codes, each once), and
 * {@code physicalDescription}: form of item from 008 (authority marcform), RDA media and
 * carrier types (337, 338), extent from 300, and the media type of 856 links.
 */
final class ModsPhysical {

    private static final Map<Character, String> FORMS = Map.of(
            'a', "microfilm", 'b', "microfiche", 'c', "microopaque", 'd', "large print", 'f', "braille",
            'o', "online", 'q', "direct electronic", 'r', "regular print reproduction", 's', "electronic");

    private ModsPhysical() {
    }

    static void write(MarcRecord record, ModsOut out) throws XMLStreamException {
        for (String code : languages(record)) {
            out.start("language");
            out.text("languageTerm", code, "type", "code", "authority", "iso639-2b");
            out.end();
        }
        physicalDescription(record, out);
    }

    /** 041 codes may run together ("engfre", older practice): they are read three letters at a time. */
    static Set<String> languages(MarcRecord record) {
        Set<String> codes = new LinkedHashSet<>();
        record.controlField("008").filter(f -> f.length() >= 38).map(f -> f.substring(35, 38))
                .filter(ModsPhysical::isCode).ifPresent(codes::add);
        for (DataField field : record.dataFields("041")) {
            if (field.ind2() == '7') {
                continue; // codes from another list than MARC's
            }
            for (Subfield s : field.subfields()) {
                if ("ad".indexOf(s.code()) < 0) {
                    continue;
                }
                String v = s.value().strip().toLowerCase(java.util.Locale.ROOT);
                for (int i = 0; i + 3 <= v.length() && v.length() % 3 == 0; i += 3) {
                    if (isCode(v.substring(i, i + 3))) {
                        codes.add(v.substring(i, i + 3));
                    }
                }
            }
        }
        return codes;
    }

    private static boolean isCode(String code) {
        return code.length() == 3 && code.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static void physicalDescription(MarcRecord record, ModsOut out) throws XMLStreamException {
        String form = form(record);
        boolean any = form != null || !record.dataFields("300").isEmpty() || !record.dataFields("337").isEmpty()
                || !record.dataFields("338").isEmpty() || !record.values("856", 'q').isEmpty();
        if (!any) {
            return;
        }
        out.start("physicalDescription");
        out.text("form", form, "authority", "marcform");
        for (DataField media : record.dataFields("337")) {
            out.chopped("form", media.join("a"), "type", "media", "authority", "rdamedia");
        }
        for (DataField carrier : record.dataFields("338")) {
            out.chopped("form", carrier.join("a"), "type", "carrier", "authority", "rdacarrier");
        }
        for (String type : record.values("856", 'q')) {
            out.text("internetMediaType", type);
        }
        for (DataField extent : record.dataFields("300")) {
            out.chopped("extent", extent.join("abcefg"));
        }
        out.end();
    }

    /** 008/23 holds the form of item, but 008/29 for maps and visual materials. */
    private static String form(MarcRecord record) {
        String f008 = record.controlField("008").orElse("");
        int at = "efgkor".indexOf(record.leader().charAt(6)) >= 0 ? 29 : 23;
        return f008.length() > at ? FORMS.get(f008.charAt(at)) : null;
    }
}
