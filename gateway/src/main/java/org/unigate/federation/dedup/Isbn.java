package org.unigate.federation.dedup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unigate.marc.DataField;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * ISBN match keys: every valid ISBN normalised to its 13-digit form, so the ISBN-10 and ISBN-13
 * of one book meet. Qualifiers ("(pbk.)", ": $12.00"), hyphens and spaces are dropped; a number
 * whose check digit is wrong, or whose body is one repeated digit (placeholder junk such as
 * 0000000000, which passes the checksum), is not an ISBN.
 */
public final class Isbn {

    private Isbn() {
    }

    /** The ISBN-13 of {@code raw} (an 020 $a/$z value), if it holds a valid ISBN. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String run = leadingNumber(raw);
        String compact = run.replace("-", "").replace(" ", "");
        if (compact.length() != 10 && compact.length() != 13) {
            // "0 19 282761 8 (pbk)" is rare; a run holding two numbers is commoner: try the first.
            int space = run.strip().indexOf(' ');
            compact = space < 0 ? compact : run.strip().substring(0, space).replace("-", "");
        }
        compact = compact.toUpperCase(java.util.Locale.ROOT);
        if (compact.length() == 10 && validIsbn10(compact)) {
            return Optional.of(to13(compact)).filter(Isbn::plausible);
        }
        if (compact.length() == 13 && validIsbn13(compact)) {
            return Optional.of(compact).filter(Isbn::plausible);
        }
        return Optional.empty();
    }

    /** Valid ISBNs of 020 $a (and, with {@code cancelled}, $z), as ISBN-13, in record order. */
    public static Set<String> of(MarcRecord record, boolean cancelled) {
        Set<String> out = new LinkedHashSet<>();
        add(KeyFields.values(record, "020", 'a'), out);
        if (cancelled) {
            add(KeyFields.values(record, "020", 'z'), out);
        }
        return out;
    }

    /** 020 $a ISBNs into {@code listed}, $z ones into {@code cancelled}, each in record order: one pass for both. */
    static void collect(List<DataField> fields, Set<String> listed, Set<String> cancelled) {
        for (int i = 0, n = fields.size(); i < n; i++) {
            DataField d = fields.get(i);
            if (d.tag().equals("020")) {
                for (Subfield s : d.subfields()) {
                    Set<String> to = s.code() == 'a' ? listed : s.code() == 'z' ? cancelled : null;
                    if (to != null) {
                        normalise(s.value()).ifPresent(to::add);
                    }
                }
            }
        }
    }

    private static void add(List<String> raw, Set<String> out) {
        for (String v : raw) {
            normalise(v).ifPresent(out::add);
        }
    }

    private static String leadingNumber(String raw) {
        String s = raw.strip();
        int start = 0;
        while (start < s.length() && !Character.isDigit(s.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < s.length() && "0123456789-Xx ".indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        return s.substring(start, end);
    }

    static boolean validIsbn10(String s) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c == 'X' && i == 9) {
                d = 10;
            } else {
                return false;
            }
            sum += (10 - i) * d;
        }
        return sum % 11 == 0;
    }

    static boolean validIsbn13(String s) {
        if (!s.startsWith("978") && !s.startsWith("979")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (i % 2 == 0 ? 1 : 3) * (c - '0');
        }
        return sum % 10 == 0;
    }

    static String to13(String isbn10) {
        String body = "978" + isbn10.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (body.charAt(i) - '0');
        }
        return body + (10 - sum % 10) % 10;
    }

    /** Not a body of one repeated digit (978 and the check digit aside). */
    private static boolean plausible(String isbn13) {
        for (int i = 4; i < 12; i++) {
            if (isbn13.charAt(i) != isbn13.charAt(3)) {
                return true;
            }
        }
        return false;
    }
}
