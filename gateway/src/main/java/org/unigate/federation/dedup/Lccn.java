package org.unigate.federation.dedup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.unigate.marc.MarcRecord;

/**
 * LCCN match keys normalised as the Library of Congress prescribes (LCCN namespace, "normalized
 * form"): remove all blanks; cut at the first "/" (revision and suffix data); if a hyphen remains,
 * remove it and left-pad the digits after it to six. The result must then have the structure of an
 * LCCN (up to three letters then 8 digits, or up to two letters then 10 digits), else it is junk.
 */
public final class Lccn {

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern VALID = Pattern.compile("[a-z]{0,3}\\d{8}|[a-z]{0,2}\\d{10}");

    private Lccn() {
    }

    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = (hasBlank(raw) ? BLANKS.matcher(raw).replaceAll("") : raw).toLowerCase(Locale.ROOT);
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        int hyphen = s.indexOf('-');
        if (hyphen >= 0) {
            String serial = s.substring(hyphen + 1);
            if (serial.isEmpty() || !serial.chars().allMatch(Character::isDigit) || serial.length() > 6) {
                return Optional.empty();
            }
            s = s.substring(0, hyphen) + "0".repeat(6 - serial.length()) + serial;
        }
        return VALID.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    /** Whether {@link #BLANKS} finds anything: most LCCNs have no blank, and a replace costs a matcher. */
    private static boolean hasBlank(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return true;
            }
        }
        return false;
    }

    /** LCCNs of 010 $a ($z holds cancelled or invalid numbers). */
    public static Set<String> of(MarcRecord record) {
        return of(KeyFields.values(record, "010", 'a'));
    }

    /** Valid LCCNs among 010 $a values. */
    static Set<String> of(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            normalise(v).ifPresent(out::add);
        }
        return out;
    }
}
