package org.unigate.embedded;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.query.StandardIndex;

/**
 * Normalises standard numbers the same way for indexing and for queries, so a cataloguer's
 * {@code 0-19-852663-6 (pbk.)} and a user's {@code 9780198526636} meet.
 */
final class Identifiers {

    private static final Pattern ISBN = Pattern.compile("(?:97[89][\\s-]*)?(?:\\d[\\s-]*){9}[\\dXx]");
    private static final Pattern ISSN = Pattern.compile("\\d{4}\\s*-?\\s*\\d{3}[\\dXx]");
    private static final Pattern NOT_ISBN_CHAR = Pattern.compile("[^0-9Xx]");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[\\s-]");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern OCLC_PREFIX = Pattern.compile("^(?:\\(ocolc\\))?\\s*(?:ocm|ocn|on)?\\s*0*",
            Pattern.CASE_INSENSITIVE);

    private Identifiers() {
    }

    /**
     * The ISBN in {@code value} in both its ISBN-10 and ISBN-13 forms (only the 13-digit one for
     * 979 numbers, which have no 10-digit form); empty if there is none.
     */
    static Set<String> isbnForms(String value) {
        Set<String> forms = new LinkedHashSet<>();
        Matcher m = ISBN.matcher(value);
        if (!m.find()) {
            return forms;
        }
        String digits = compact(m.group()).toUpperCase(Locale.ROOT);
        if (digits.length() == 10) {
            forms.add(digits);
            forms.add(toIsbn13(digits));
        } else if (digits.length() == 13) {
            forms.add(digits);
            if (digits.startsWith("978")) {
                forms.add(toIsbn10(digits));
            }
        }
        return forms;
    }

    /**
     * The key a query term (or the literal part of a masked one) is looked up by in the index's
     * keyword field. ISBNs need no conversion: both forms are indexed, so either finds.
     */
    static String queryKey(StandardIndex index, String term) {
        return switch (index) {
            case ISBN, ISSN -> NOT_ISBN_CHAR.matcher(term).replaceAll("").toUpperCase(Locale.ROOT);
            case LCCN -> lccn(term);
            case OCLC -> {
                String key = oclc(term);
                yield key == null ? "" : key;
            }
            case IDENTIFIER -> compact(term);
            default -> term.strip().toLowerCase(Locale.ROOT);
        };
    }

    static String toIsbn13(String isbn10) {
        String body = "978" + isbn10.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }

    static String toIsbn10(String isbn13) {
        String body = isbn13.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (body.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return body + (check == 10 ? "X" : Integer.toString(check));
    }

    /** {@code 1234-567x} → {@code 1234567X}; null if the value holds no ISSN. */
    static String issn(String value) {
        Matcher m = ISSN.matcher(value);
        return m.find() ? compact(m.group()).toUpperCase(Locale.ROOT) : null;
    }

    /**
     * The Library of Congress LCCN normalisation: drop blanks and anything after a slash; a
     * hyphen joins a year to a serial number that is left-padded with zeros to six digits.
     */
    static String lccn(String value) {
        String v = SPACE.matcher(value).replaceAll("");
        int slash = v.indexOf('/');
        if (slash >= 0) {
            v = v.substring(0, slash);
        }
        int hyphen = v.indexOf('-');
        if (hyphen >= 0) {
            String serial = v.substring(hyphen + 1).replaceAll("\\D", "");
            v = v.substring(0, hyphen) + "0".repeat(Math.max(0, 6 - serial.length())) + serial;
        }
        return v.toLowerCase(Locale.ROOT);
    }

    /** {@code (OCoLC)ocm00012345} → {@code 12345}; null if no digits remain. */
    static String oclc(String value) {
        String v = OCLC_PREFIX.matcher(value.strip()).replaceFirst("");
        v = SPACE.matcher(v).replaceAll("");
        return v.isEmpty() ? null : v.toLowerCase(Locale.ROOT);
    }

    static boolean isOclc(String value) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("(ocolc)");
    }

    /** A generic identifier key: folded, without spaces and hyphens. */
    static String compact(String value) {
        return SPACE_OR_HYPHEN.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
