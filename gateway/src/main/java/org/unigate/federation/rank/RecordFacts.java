package org.unigate.federation.rank;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.unigate.marc.MarcRecord;

/**
 * Facts read from a record's coded data for sorting and facets, tolerant of short or garbled
 * leaders and 008s (member data is untrusted): publication year, language and format.
 */
public final class RecordFacts {

    private RecordFacts() {
    }

    /**
     * 008/07-10 (Date 1); a partly known date such as {@code 196u} counts as the decade's first
     * year; else the first plausible year in 264$c or 260$c.
     */
    public static OptionalInt year(MarcRecord record) {
        Optional<String> fixed = record.controlField("008");
        if (fixed.isPresent() && fixed.get().length() >= 11) {
            String date1 = fixed.get().substring(7, 11);
            if (digits(date1, 0, 3) && (Character.isDigit(date1.charAt(3)) || date1.charAt(3) == 'u')) {
                int year = Integer.parseInt(date1.substring(0, 3)) * 10
                        + (date1.charAt(3) == 'u' ? 0 : date1.charAt(3) - '0');
                if (year >= 1000) {
                    return OptionalInt.of(year);
                }
            }
        }
        for (String tag : new String[] {"264", "260"}) {
            for (String value : record.values(tag, 'c')) {
                OptionalInt year = firstYear(value);
                if (year.isPresent()) {
                    return year;
                }
            }
        }
        return OptionalInt.empty();
    }

    /** 008/35-37 when it holds a three-letter code (not blank, fill or "und"). */
    public static Optional<String> language(MarcRecord record) {
        Optional<String> fixed = record.controlField("008");
        if (fixed.isEmpty() || fixed.get().length() < 38) {
            return Optional.empty();
        }
        String code = fixed.get().substring(35, 38).toLowerCase(Locale.ROOT);
        for (int i = 0; i < 3; i++) {
            if (code.charAt(i) < 'a' || code.charAt(i) > 'z') {
                return Optional.empty();
            }
        }
        return code.equals("und") ? Optional.empty() : Optional.of(code);
    }

    /** A broad format from leader/06 (type of record) and /07 (bibliographic level). */
    public static String format(MarcRecord record) {
        String leader = record.leader();
        char type = leader.length() > 6 ? leader.charAt(6) : ' ';
        char level = leader.length() > 7 ? leader.charAt(7) : ' ';
        return switch (type) {
            case 'a' -> level == 'b' || level == 'i' || level == 's' ? "serial" : "book";
            case 't' -> "manuscript";
            case 'c', 'd', 'j' -> "music";
            case 'i' -> "audio";
            case 'e', 'f' -> "map";
            case 'g' -> "video";
            case 'k' -> "image";
            case 'm' -> "computer file";
            case 'o', 'p' -> "mixed materials";
            case 'r' -> "object";
            default -> "other";
        };
    }

    private static OptionalInt firstYear(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            boolean bounded = (i == 0 || !Character.isDigit(text.charAt(i - 1)))
                    && (i + 4 == text.length() || !Character.isDigit(text.charAt(i + 4)));
            if (bounded && digits(text, i, i + 4)) {
                int year = Integer.parseInt(text.substring(i, i + 4));
                if (year >= 1000 && year <= 2999) {
                    return OptionalInt.of(year);
                }
            }
        }
        return OptionalInt.empty();
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
