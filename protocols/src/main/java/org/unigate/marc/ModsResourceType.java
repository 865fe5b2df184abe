package org.unigate.marc;

import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * {@code typeOfResource} from leader/06 (with manuscript and collection flags from 06 and 07),
 * and {@code genre}: MARC genre terms (authority marcgt) from the serial type (008/21) or a
 * book's nature of contents (008/24-27), conference and festschrift flags, and 655 terms.
 */
final class ModsResourceType {

    private static final Map<Character, String> TYPES = Map.ofEntries(
            Map.entry('a', "text"), Map.entry('t', "text"), Map.entry('c', "notated music"),
            Map.entry('d', "notated music"), Map.entry('e', "cartographic"), Map.entry('f', "cartographic"),
            Map.entry('g', "moving image"), Map.entry('i', "sound recording-nonmusical"),
            Map.entry('j', "sound recording-musical"), Map.entry('k', "still image"),
            Map.entry('m', "software, multimedia"), Map.entry('o', "mixed material"), Map.entry('p', "mixed material"),
            Map.entry('r', "three dimensional object"));
    private static final Map<Character, String> SERIAL_GENRES = Map.of(
            'd', "database", 'l', "loose-leaf", 'm', "series", 'n', "newspaper", 'p', "periodical", 'w', "web site");
    private static final Map<Character, String> CONTENT_GENRES = Map.ofEntries(
            Map.entry('b', "bibliography"), Map.entry('c', "catalog"), Map.entry('d', "dictionary"),
            Map.entry('e', "encyclopedia"), Map.entry('f', "handbook"), Map.entry('g', "legal article"),
            Map.entry('i', "index"), Map.entry('k', "discography"), Map.entry('l', "legislation"),
            Map.entry('m', "theses"), Map.entry('n', "survey of literature"), Map.entry('o', "review"),
            Map.entry('p', "programmed text"), Map.entry('q', "filmography"), Map.entry('r', "directory"),
            Map.entry('s', "statistics"), Map.entry('t', "technical report"), Map.entry('v', "legal case and case notes"),
            Map.entry('w', "law report or digest"), Map.entry('z', "treaty"));

    private ModsResourceType() {
    }

    static void write(MarcRecord record, ModsOut out) throws XMLStreamException {
        char type = record.leader().charAt(6);
        char level = record.leader().charAt(7);
        String manuscript = type == 'd' || type == 'f' || type == 't' ? "yes" : null;
        String collection = level == 'c' ? "yes" : null;
        out.text("typeOfResource", TYPES.get(type), "manuscript", manuscript, "collection", collection);
        genres(record, type, level, out);
        for (ModsRendition r : ModsRendition.of(record, "655")) {
            String authority = ModsSubjects.authority(r.field());
            out.text("genre", String.join("--", r.field().all('a').stream().map(Punctuation::chop).toList()),
                    r.attributes("authority", authority));
        }
    }

    private static void genres(MarcRecord record, char type, char level, ModsOut out) throws XMLStreamException {
        String f008 = record.controlField("008").orElse("");
        boolean textual = type == 'a' || type == 't';
        if (!textual || f008.length() < 40) {
            return;
        }
        if (level == 's' || level == 'b' || level == 'i') {
            out.text("genre", SERIAL_GENRES.get(f008.charAt(21)), "authority", "marcgt");
            return;
        }
        for (int i = 24; i <= 27; i++) {
            out.text("genre", CONTENT_GENRES.get(f008.charAt(i)), "authority", "marcgt");
        }
        if (f008.charAt(29) == '1') {
            out.text("genre", "conference publication", "authority", "marcgt");
        }
        if (f008.charAt(30) == '1') {
            out.text("genre", "festschrift", "authority", "marcgt");
        }
        if ("abcd".indexOf(f008.charAt(34)) >= 0) {
            out.text("genre", "biography", "authority", "marcgt");
        }
    }
}
