package org.unigate.marc;

import javax.xml.stream.XMLStreamException;

/**
 * {@code titleInfo}: 245 the title proper, 242/246 translated and alternative titles, 130/240
 * uniform titles; and the series (490, 830) as related items.
 */
final class ModsTitles {

    private ModsTitles() {
    }

    static void write(MarcRecord record, ModsOut out) throws XMLStreamException {
        for (ModsRendition r : ModsRendition.of(record, "245")) {
            title(out, r, null, r.field().ind2(), "afgks");
        }
        for (ModsRendition r : ModsRendition.of(record, "242")) {
            title(out, r, "translated", r.field().ind2(), "a");
        }
        for (ModsRendition r : ModsRendition.of(record, "246")) {
            title(out, r, r.field().ind2() == '1' ? "translated" : "alternative", '0', "afgk");
        }
        for (ModsRendition r : ModsRendition.of(record, "130")) {
            title(out, r, "uniform", r.field().ind1(), "adfgklmors");
        }
        for (ModsRendition r : ModsRendition.of(record, "240")) {
            title(out, r, "uniform", r.field().ind2(), "adfgklmors");
        }
    }

    /** {@code relatedItem type="series"}: the series statement (490) and its traced form (830). */
    static void series(MarcRecord record, ModsOut out) throws XMLStreamException {
        for (String tag : new String[] {"490", "830"}) {
            for (ModsRendition r : ModsRendition.of(record, tag)) {
                if (r.field().join("a").isBlank()) {
                    continue;
                }
                out.start("relatedItem", "type", "series");
                out.start("titleInfo", r.attributes());
                out.chopped("title", r.field().join("a"));
                for (String number : r.field().all('v')) {
                    out.chopped("partNumber", number);
                }
                out.end();
                out.end();
            }
        }
    }

    /**
     * @param nonFiling the indicator that counts the characters of a leading article ("The ")
     *                  the title sorts without; LC writes them as {@code nonSort}
     */
    private static void title(ModsOut out, ModsRendition r, String type, char nonFiling, String titleCodes)
            throws XMLStreamException {
        DataField field = r.field();
        String title = field.join(titleCodes);
        if (title.isBlank()) {
            return;
        }
        out.start("titleInfo", r.attributes("type", type, "displayLabel", field.first('i').orElse(null)));
        int skip = nonFiling >= '1' && nonFiling <= '9' ? nonFiling - '0' : 0;
        if (skip > 0 && skip < title.length()) {
            out.preserved("nonSort", title.substring(0, skip));
            title = title.substring(skip);
        }
        out.chopped("title", title);
        for (String sub : field.all('b')) {
            out.chopped("subTitle", sub);
        }
        for (Subfield s : field.subfields()) {
            if (s.code() == 'n') {
                out.chopped("partNumber", s.value());
            } else if (s.code() == 'p') {
                out.chopped("partName", s.value());
            }
        }
        out.end();
    }
}
