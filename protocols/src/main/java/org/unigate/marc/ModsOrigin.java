package org.unigate.marc;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * {@code originInfo}: the publication event from 260 (or the 264 with second indicator 1), the
 * 008 country code and dates (encoding marc), edition 250, issuance from leader/07 and frequency
 * 310; every other 264 (production, distribution, manufacture, copyright) as its own event. The
 * 880 twin of a 260/264 becomes a parallel originInfo in the same altRepGroup.
 */
final class ModsOrigin {

    private static final String[] EVENTS = {"production", "publication", "distribution", "manufacture"};

    private ModsOrigin() {
    }

    static void write(MarcRecord record, ModsOut out) throws XMLStreamException {
        List<ModsRendition> imprints = new ArrayList<>(ModsRendition.of(record, "260"));
        List<ModsRendition> others = new ArrayList<>();
        for (ModsRendition r : ModsRendition.of(record, "264")) {
            (r.field().ind2() == '1' ? imprints : others).add(r);
        }
        ModsRendition first = imprints.stream().filter(r -> isRegular(r.field())).findFirst().orElse(null);
        out.start("originInfo", first == null ? new String[] {"eventType", "publication"}
                : first.attributes("eventType", "publication"));
        String f008 = record.controlField("008").orElse("");
        if (f008.length() >= 18) {
            String country = f008.substring(15, 18).replace("|", "").strip();
            if (country.length() >= 2 && !country.equals("xx")) {
                out.start("place");
                out.text("placeTerm", country, "type", "code", "authority", "marccountry");
                out.end();
            }
        }
        if (first != null) {
            imprint(out, first.field());
        }
        dates008(f008, out);
        for (DataField edition : record.dataFields("250")) {
            out.chopped("edition", edition.join("ab"));
        }
        out.text("issuance", issuance(record.leader()));
        for (DataField frequency : record.dataFields("310")) {
            out.chopped("frequency", frequency.join("a"));
        }
        out.end();
        for (ModsRendition r : imprints) {
            if (r == first) {
                continue;
            }
            boolean firstsTwin = first != null && first.altRepGroup() != null
                    && first.altRepGroup().equals(r.altRepGroup());
            event(out, r, "publication", firstsTwin ? record.alternateGraphics("250") : List.of());
        }
        for (ModsRendition r : others) {
            char ind2 = r.field().ind2();
            event(out, r, ind2 >= '0' && ind2 <= '3' ? EVENTS[ind2 - '0'] : "copyright", List.of());
        }
    }

    private static boolean isRegular(DataField field) {
        return !field.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG);
    }

    /** @param editions the vernacular editions, which go with the vernacular twin of the main imprint */
    private static void event(ModsOut out, ModsRendition r, String eventType, List<DataField> editions)
            throws XMLStreamException {
        out.start("originInfo", r.attributes("eventType", eventType));
        if (eventType.equals("copyright")) {
            for (String date : r.field().all('c')) {
                out.chopped("copyrightDate", date);
            }
        } else {
            imprint(out, r.field());
        }
        for (DataField edition : editions) {
            out.chopped("edition", edition.join("ab"));
        }
        out.end();
    }

    private static void imprint(ModsOut out, DataField field) throws XMLStreamException {
        for (String place : field.all('a')) {
            out.start("place");
            out.chopped("placeTerm", place, "type", "text");
            out.end();
        }
        for (String publisher : field.all('b')) {
            out.chopped("publisher", publisher);
        }
        for (String date : field.all('c')) {
            out.chopped("dateIssued", date);
        }
    }

    /** 008/06 says what 07-10 and 11-14 hold: one date, a range, or a date and its copyright year. */
    private static void dates008(String f008, ModsOut out) throws XMLStreamException {
        if (f008.length() < 15) {
            return;
        }
        char type = f008.charAt(6);
        String date1 = date(f008.substring(7, 11));
        String date2 = date(f008.substring(11, 15));
        if ("cdikmqu".indexOf(type) >= 0) {
            out.text("dateIssued", date1, "encoding", "marc", "point", "start", "keyDate", "yes");
            out.text("dateIssued", date2, "encoding", "marc", "point", "end");
        } else if ("eprst".indexOf(type) >= 0) {
            out.text("dateIssued", date1, "encoding", "marc", "keyDate", "yes");
            if (type == 't') {
                out.text("copyrightDate", date2, "encoding", "marc");
            }
        }
    }

    /** A 008 year, where u marks unknown digits; null when it holds no digit at all (blanks, fill, 9999 kept). */
    private static String date(String raw) {
        return raw.chars().anyMatch(Character::isDigit) && raw.chars().allMatch(c -> Character.isDigit(c) || c == 'u')
                ? raw : null;
    }

    static String issuance(String leader) {
        return switch (leader.charAt(7)) {
            case 'a', 'c', 'd', 'm' -> leader.charAt(19) == 'a' ? "multipart monograph" : "monographic";
            case 'b', 's' -> "serial";
            case 'i' -> "integrating resource";
            default -> null;
        };
    }
}
