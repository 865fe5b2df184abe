package org.unigate.marc;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * {@code classification} (050 lcc, 060 nlm, 082 ddc, 084 from $2), {@code identifier} (020
 * isbn, 022 issn, 010 lccn, 024 by its first indicator, 035 (OCoLC) oclc; cancelled or invalid
 * numbers marked {@code invalid="yes"}), {@code location/url} from 856, and
 * {@code recordInfo} from 001, 003, 005, 008/00-05 and 040.
 */
final class ModsIdentifiers {

    private static final String[] STANDARD_NUMBERS = {"isrc", "upc", "ismn", "ean", "sici"};
    private static final String OCLC_PREFIX = "(OCoLC)";

    private ModsIdentifiers() {
    }

    static void write(MarcRecord record, ModsOut out) throws XMLStreamException {
        classification(record, out);
        identifiers(record, out);
        for (DataField link : record.dataFields("856")) {
            if (link.ind2() == '2' || link.all('u').isEmpty()) {
                continue; // a related resource, not this one
            }
            out.start("location");
            for (String url : link.all('u')) {
                out.text("url", url, "displayLabel", link.first('3').or(() -> link.first('y')).orElse(null),
                        "note", link.first('z').orElse(null));
            }
            out.end();
        }
        recordInfo(record, out);
    }

    private static void classification(MarcRecord record, ModsOut out) throws XMLStreamException {
        for (DataField lcc : record.dataFields("050")) {
            String item = lcc.first('b').orElse("");
            for (String cls : lcc.all('a')) {
                out.text("classification", (cls + " " + item).strip(), "authority", "lcc");
            }
        }
        for (String nlm : record.values("060", 'a')) {
            out.text("classification", nlm, "authority", "nlm");
        }
        for (DataField ddc : record.dataFields("082")) {
            for (String cls : ddc.all('a')) {
                out.text("classification", cls, "authority", "ddc", "edition", ddc.first('2').orElse(null));
            }
        }
        for (DataField other : record.dataFields("084")) {
            out.text("classification", other.join("a"), "authority", other.first('2').orElse(null));
        }
    }

    private static void identifiers(MarcRecord record, ModsOut out) throws XMLStreamException {
        numbers(record, "020", "isbn", out);
        numbers(record, "022", "issn", out);
        numbers(record, "010", "lccn", out);
        for (DataField field : record.dataFields("024")) {
            char ind1 = field.ind1();
            String type = ind1 >= '0' && ind1 <= '4' ? STANDARD_NUMBERS[ind1 - '0']
                    : ind1 == '7' ? field.first('2').orElse(null) : null;
            out.chopped("identifier", field.first('a').orElse(null), "type", type);
            for (String z : field.all('z')) {
                out.chopped("identifier", z, "type", type, "invalid", "yes");
            }
        }
        for (String id : record.values("035", 'a')) {
            if (id.strip().startsWith(OCLC_PREFIX)) {
                String number = id.strip().substring(OCLC_PREFIX.length()).strip()
                        .replaceFirst("^(?i)(ocm|ocn|on)", "");
                out.text("identifier", number, "type", "oclc");
            }
        }
    }

    private static void numbers(MarcRecord record, String tag, String type, ModsOut out) throws XMLStreamException {
        for (DataField field : record.dataFields(tag)) {
            for (Subfield s : field.subfields()) {
                if (s.code() == 'a') {
                    out.chopped("identifier", s.value(), "type", type);
                } else if (s.code() == 'z' || s.code() == 'y' && tag.equals("022")) {
                    out.chopped("identifier", s.value(), "type", type, "invalid", "yes");
                }
            }
        }
    }

    private static void recordInfo(MarcRecord record, ModsOut out) throws XMLStreamException {
        out.start("recordInfo");
        for (DataField cataloguing : record.dataFields("040")) {
            out.text("descriptionStandard", cataloguing.first('e').orElse(null));
            out.text("recordContentSource", cataloguing.first('a').orElse(null), "authority", "marcorg");
        }
        String created = record.controlField("008").filter(f -> f.length() >= 6).map(f -> f.substring(0, 6))
                .filter(d -> d.chars().allMatch(Character::isDigit)).orElse(null);
        out.text("recordCreationDate", created, "encoding", "marc");
        String changed = record.controlField("005").map(String::strip).filter(f -> f.length() >= 8).orElse(null);
        out.text("recordChangeDate", changed, "encoding", "iso8601");
        out.text("recordIdentifier", record.controlNumber().orElse(null),
                "source", record.controlField("003").map(String::strip).orElse(null));
        out.text("recordOrigin", "Converted from MARC 21 to MODS " + ModsWriter.VERSION
                + " by Unigate, following the Library of Congress MARC to MODS mapping");
        for (DataField cataloguing : record.dataFields("040")) {
            String language = cataloguing.first('b').map(b -> b.strip().toLowerCase(Locale.ROOT)).orElse(null);
            if (language != null && !language.isEmpty()) {
                out.start("languageOfCataloging");
                out.text("languageTerm", language, "type", "code", "authority", "iso639-2b");
                out.end();
            }
        }
        out.end();
    }
}
