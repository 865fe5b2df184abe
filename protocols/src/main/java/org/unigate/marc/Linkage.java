package org.unigate.marc;

import java.util.Optional;

/**
 * Subfield $6 "Linkage": {@code tag-occurrence[/script[/orientation]]}, e.g. {@code 245-01/$1}
 * in a romanised field pointing at 880, or {@code 880-01} in the regular field. Occurrence
 * {@code 00} means an unlinked 880.
 */
public record Linkage(String linkedTag, String occurrence, String scriptCode, String orientation) {

    public static Optional<Linkage> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.length() < 5 || v.charAt(3) != '-') {
            return Optional.empty();
        }
        String tag = v.substring(0, 3);
        int end = 4;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        if (end == 4) {
            return Optional.empty();
        }
        String occ = v.substring(4, end);
        String script = null;
        String orientation = null;
        if (end < v.length() && v.charAt(end) == '/') {
            String[] rest = v.substring(end + 1).split("/", -1);
            script = rest[0].isEmpty() ? null : rest[0];
            orientation = rest.length > 1 && !rest[1].isEmpty() ? rest[1] : null;
        }
        return Optional.of(new Linkage(tag, occ, script, orientation));
    }

    /** True when both name the same occurrence number, however many leading zeros they carry. */
    public boolean sameOccurrence(Linkage other) {
        return stripZeros(occurrence).equals(stripZeros(other.occurrence));
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    public boolean unlinked() {
        return occurrence.chars().allMatch(c -> c == '0');
    }
}
