package org.unigate.marc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MARC 21 to simple Dublin Core, following the Library of Congress crosswalk (the mapping of
 * its MARC21slim2OAIDC stylesheet): each element takes its MARC fields and, for a CJK or other
 * non-Latin record, the 880 fields linked to them, so the vernacular title stands beside the
 * romanised one. Values lose their ISBD closing punctuation. Duplicates are dropped.
 */
public final class DublinCore {

    /** One element: its local name in the DC namespace and its text. */
    public record Element(String name, String value) {
    }

    private static final Map<Character, String> TYPES = Map.ofEntries(
            Map.entry('a', "text"), Map.entry('t', "text"), Map.entry('c', "notated music"),
            Map.entry('d', "notated music"), Map.entry('e', "cartographic"), Map.entry('f', "cartographic"),
            Map.entry('g', "moving image"), Map.entry('i', "sound recording-nonmusical"),
            Map.entry('j', "sound recording-musical"), Map.entry('k', "still image"),
            Map.entry('m', "software, multimedia"), Map.entry('o', "kit"), Map.entry('p', "mixed material"),
            Map.entry('r', "three dimensional object"));

    private DublinCore() {
    }

    public static List<Element> map(MarcRecord record) {
        Mapper m = new Mapper(record);
        m.fields("title", "abfgknps", "245");
        m.fields("creator", "abcdq", "100", "700");
        m.fields("creator", "abcdn", "110", "710");
        m.fields("creator", "acdenq", "111", "711");
        m.fields("creator", "a", "720");
        m.fields("subject", "abcdfgklmnopqrstvxyz", "600", "610", "611", "630", "650", "653", "654", "656", "657");
        m.fields("description", "a", "500", "501", "502", "504", "505", "508", "511", "513", "515", "518", "520",
                "521", "522", "524", "525", "533", "534", "535", "536", "538", "545", "550", "555", "561", "580",
                "581", "583", "585", "586");
        m.fields("publisher", "b", "260", "264");
        m.dates();
        m.type();
        m.fields("format", "a", "340");
        m.fields("format", "q", "856");
        m.fields("identifier", "a", "020", "022", "024");
        m.fields("identifier", "u", "856");
        m.languages();
        m.fields("relation", "ot", "530", "760", "762", "765", "767", "770", "772", "773", "774", "775", "776", "777",
                "780", "785", "786", "787");
        m.fields("coverage", "abcdz", "651", "662", "751", "752");
        m.fields("rights", "a", "506", "540");
        return m.elements();
    }

    /** Collects elements in crosswalk order, once each. */
    private static final class Mapper {
        private final MarcRecord record;
        private final Set<Element> out = new LinkedHashSet<>();

        Mapper(MarcRecord record) {
            this.record = record;
        }

        void fields(String element, String codes, String... tags) {
            for (String tag : tags) {
                for (DataField field : record.dataFields(tag)) {
                    add(element, field.join(codes));
                }
                for (DataField field : record.alternateGraphics(tag)) {
                    add(element, field.join(codes));
                }
            }
        }

        void dates() {
            int before = out.size();
            fields("date", "c", "260");
            for (DataField field : record.dataFields("264")) {
                if (field.ind2() == '1') {
                    field.all('c').forEach(c -> add("date", c));
                }
            }
            if (out.size() == before) {
                record.controlField("008").filter(f -> f.length() >= 11)
                        .map(f -> f.substring(7, 11)).filter(d -> d.chars().allMatch(Character::isDigit))
                        .ifPresent(d -> add("date", d));
            }
        }

        void type() {
            String leader = record.leader();
            String type = TYPES.get(leader.charAt(6));
            if (type != null) {
                add("type", type);
            }
            if (leader.charAt(7) == 'c' || leader.charAt(7) == 's' && leader.charAt(6) == 'p') {
                add("type", "collection");
            }
            fields("type", "a", "655");
        }

        void languages() {
            record.controlField("008").filter(f -> f.length() >= 38).map(f -> f.substring(35, 38).strip())
                    .filter(l -> l.length() == 3 && !l.equals("|||"))
                    .ifPresent(l -> add("language", l));
            for (DataField field : record.dataFields("041")) {
                for (Subfield s : field.subfields()) {
                    if ("abdefghj".indexOf(s.code()) >= 0) {
                        add("language", s.value());
                    }
                }
            }
        }

        void add(String element, String value) {
            String v = Punctuation.chop(value);
            if (!v.isEmpty()) {
                out.add(new Element(element, v));
            }
        }

        List<Element> elements() {
            return new ArrayList<>(out);
        }
    }
}
